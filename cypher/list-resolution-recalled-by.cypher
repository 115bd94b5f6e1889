// Resolutions that recall each resolution. Params: $ids [resolution id]. Returns: parentId, childId, relation, evidence, child (the resolution, as find-resolutions returns it).
MATCH (r:Resolution)
WHERE r.id IN $ids
MATCH (r)<-[e:RECALLS]-(o:Resolution)
RETURN r.id AS parentId, o.id AS childId, e.relation AS relation, e.evidence AS evidence, o {...Resolution} AS child
ORDER BY o.number, r.id, relation
