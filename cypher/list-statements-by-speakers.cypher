// Statements spoken by each actor. Params: $ids [actor id]. Returns: parentId, childId.
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)<-[:SPOKEN_BY]-(s:Statement)
RETURN a.id AS parentId, s.id AS childId
ORDER BY s.id, a.id
