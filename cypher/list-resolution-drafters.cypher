// Drafters of each resolution. Params: $ids [resolution id]. Returns: parentId, childId, evidence.
MATCH (r:Resolution)
WHERE r.id IN $ids
MATCH (r)<-[e:DRAFTED]-(a:Actor)
RETURN r.id AS parentId, a.id AS childId, e.evidence AS evidence
ORDER BY a.name
