// Drafters of each resolution. Params: $ids [resolution id]. Returns: parentId, childId, evidence.
MATCH (a:Actor)-[e:DRAFTED]->(r:Resolution)
WHERE r.id IN $ids
RETURN r.id AS parentId, a.id AS childId, e.evidence AS evidence
ORDER BY a.name
