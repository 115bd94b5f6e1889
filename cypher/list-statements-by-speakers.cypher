// Statements spoken by each actor. Params: $ids [actor id]. Returns: parentId, childId.
MATCH (s:Statement)-[:SPOKEN_BY]->(a:Actor)
WHERE a.id IN $ids
RETURN a.id AS parentId, s.id AS childId
ORDER BY s.id
