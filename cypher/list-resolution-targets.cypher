// Actors each resolution targets. Params: $ids [resolution id]. Returns: parentId, childId, evidence.
MATCH (r:Resolution)-[e:TARGETS]->(a:Actor)
WHERE r.id IN $ids
RETURN r.id AS parentId, a.id AS childId, e.evidence AS evidence
ORDER BY a.name
