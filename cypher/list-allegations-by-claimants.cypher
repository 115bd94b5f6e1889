// Allegations made by each actor. Params: $ids [actor id]. Returns: parentId, childId.
MATCH (al:Allegation)-[:CLAIMED_BY]->(a:Actor)
WHERE a.id IN $ids
RETURN a.id AS parentId, al.id AS childId
ORDER BY al.id
