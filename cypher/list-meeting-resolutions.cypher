// Resolutions adopted at each meeting. Params: $ids [meeting id]. Returns: parentId, childId, child (the resolution, as find-resolutions returns it).
MATCH (m:Meeting)
WHERE m.id IN $ids
MATCH (m)<-[:ADOPTED_AT]-(r:Resolution)
RETURN m.id AS parentId, r.id AS childId, r {...Resolution} AS child
ORDER BY r.number, m.id
