// Allegations made by each actor. Params: $ids [actor id]. Returns: parentId, childId.
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)<-[:CLAIMED_BY]-(al:Allegation)
RETURN a.id AS parentId, al.id AS childId
ORDER BY al.id
