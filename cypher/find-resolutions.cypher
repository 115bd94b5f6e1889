// Resolutions by id, with the meeting that adopted them. Params: $ids [string]. Returns: resolution {...props, adoptedAtId}.
MATCH (r:Resolution)
WHERE r.id IN $ids
OPTIONAL MATCH (r)-[:ADOPTED_AT]->(m:Meeting)
RETURN r {...Resolution, adoptedAtId: m.id} AS resolution
