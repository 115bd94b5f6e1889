// Resolutions that recall each resolution. Params: $ids [resolution id]. Returns: parentId, childId, relation, evidence.
MATCH (r:Resolution)
WHERE r.id IN $ids
MATCH (r)<-[e:RECALLS]-(o:Resolution)
RETURN r.id AS parentId, o.id AS childId, e.relation AS relation, e.evidence AS evidence
ORDER BY o.number
