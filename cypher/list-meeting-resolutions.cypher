// Resolutions adopted at each meeting. Params: $ids [meeting id]. Returns: parentId, childId.
MATCH (m:Meeting)
WHERE m.id IN $ids
MATCH (m)<-[:ADOPTED_AT]-(r:Resolution)
RETURN m.id AS parentId, r.id AS childId
ORDER BY r.number
