// Resolutions each resolution recalls. Params: $ids [resolution id]. Returns: parentId, childId, relation, evidence.
MATCH (r:Resolution)-[e:RECALLS]->(o:Resolution)
WHERE r.id IN $ids
RETURN r.id AS parentId, o.id AS childId, e.relation AS relation, e.evidence AS evidence
ORDER BY o.number
