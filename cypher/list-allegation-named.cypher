// Actors named by each allegation with their role. Params: $ids [allegation id]. Returns: parentId, childId, role, evidence, child (the actor, as find-actors returns it).
MATCH (al:Allegation)-[r:NAMES]->(a:Actor)
WHERE al.id IN $ids
RETURN al.id AS parentId, a.id AS childId, r.role AS role, r.evidence AS evidence, a {...Actor} AS child
ORDER BY role, childId, parentId
