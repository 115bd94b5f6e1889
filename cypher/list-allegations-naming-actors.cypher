// Allegations naming each actor. Params: $ids [actor id]. Returns: parentId, childId.
MATCH (al:Allegation)-[:NAMES]->(a:Actor)
WHERE a.id IN $ids
RETURN DISTINCT a.id AS parentId, al.id AS childId
ORDER BY childId
