// Allegations naming each actor. Params: $ids [actor id]. Returns: parentId, childId.
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)<-[:NAMES]-(al:Allegation)
RETURN DISTINCT a.id AS parentId, al.id AS childId
ORDER BY childId
