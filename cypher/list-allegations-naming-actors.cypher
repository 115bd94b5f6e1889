// Allegations naming each actor. Params: $ids [actor id]. Returns: parentId, childId, child (the allegation, as find-allegations returns it).
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)<-[:NAMES]-(al:Allegation)
WITH DISTINCT a, al
RETURN a.id AS parentId, al.id AS childId, al {...Allegation} AS child
ORDER BY childId, parentId
