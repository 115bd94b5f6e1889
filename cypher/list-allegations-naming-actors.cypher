// Allegations naming each actor. Params: $ids [actor id]. Returns: parentId, childId, child (the allegation, as find-allegations returns it).
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)<-[:NAMES]-(al:Allegation)
WITH DISTINCT a, al
RETURN a.id AS parentId, al.id AS childId, al {.id, .summary, .status, .statedOn, .statedOnPrecision, .note, .evidence, claimantId: head([(al)-[:CLAIMED_BY]->(c:Actor) | c.id]), claimant: head([(al)-[:CLAIMED_BY]->(c:Actor) | c {.id, .kind, .name, .aliases, .description, .evidence}])} AS child
ORDER BY childId, parentId
