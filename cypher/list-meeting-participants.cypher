// Participants of each meeting. Params: $ids [meeting id]. Returns: parentId, childId, evidence.
MATCH (m:Meeting)
WHERE m.id IN $ids
MATCH (m)<-[e:PARTICIPATED_IN]-(a:Actor)
RETURN m.id AS parentId, a.id AS childId, e.evidence AS evidence
ORDER BY a.name
