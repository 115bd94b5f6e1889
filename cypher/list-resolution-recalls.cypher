// Resolutions each resolution recalls. Params: $ids [resolution id]. Returns: parentId, childId, relation, evidence, child (the resolution, as find-resolutions returns it).
MATCH (r:Resolution)-[e:RECALLS]->(o:Resolution)
WHERE r.id IN $ids
RETURN r.id AS parentId, o.id AS childId, e.relation AS relation, e.evidence AS evidence, o {...Resolution} AS child
ORDER BY o.number, r.id, relation
