// Resolutions adopted at each meeting. Params: $ids [meeting id]. Returns: parentId, childId.
MATCH (r:Resolution)-[:ADOPTED_AT]->(m:Meeting)
WHERE m.id IN $ids
RETURN m.id AS parentId, r.id AS childId
ORDER BY r.number
