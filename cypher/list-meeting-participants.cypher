// Participants of each meeting. Params: $ids [meeting id]. Returns: parentId, childId, evidence, child (the actor, as find-actors returns it).
MATCH (m:Meeting)
WHERE m.id IN $ids
MATCH (m)<-[e:PARTICIPATED_IN]-(a:Actor)
RETURN m.id AS parentId, a.id AS childId, e.evidence AS evidence, a {...Actor} AS child
ORDER BY a.name, a.id, m.id
