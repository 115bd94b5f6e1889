// Actors related to each actor, both directions. Params: $ids [actor id]. Returns: parentId, childId, relation, direction, evidence, child (the actor, as find-actors returns it).
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)-[r:RELATED_TO]-(b:Actor)
RETURN a.id AS parentId, b.id AS childId, r.relation AS relation, CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END AS direction, r.evidence AS evidence, b {.id, .kind, .name, .aliases, .description, .evidence} AS child
ORDER BY relation, childId, direction, parentId
