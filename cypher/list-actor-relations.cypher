// Actors related to each actor, both directions. Params: $ids [actor id]. Returns: parentId, childId, relation, direction, evidence, since, sincePrecision, until, untilPrecision (ISO dates or null), child (the actor, as find-actors returns it).
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)-[r:RELATED_TO]-(b:Actor)
RETURN a.id AS parentId, b.id AS childId, r.relation AS relation, CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END AS direction, r.evidence AS evidence, r.since AS since, r.sincePrecision AS sincePrecision, r.until AS until, r.untilPrecision AS untilPrecision, b {...Actor} AS child
ORDER BY relation, childId, direction, parentId
