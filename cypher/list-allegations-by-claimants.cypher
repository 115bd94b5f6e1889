// Allegations made by each actor. Params: $ids [actor id]. Returns: parentId, childId, child (the allegation, as find-allegations returns it).
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)<-[:CLAIMED_BY]-(al:Allegation)
RETURN a.id AS parentId, al.id AS childId, al {...Allegation, claimantId: a.id, claimant: a {...Actor}} AS child
ORDER BY al.id, a.id
