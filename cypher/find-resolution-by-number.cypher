// The resolution with a number. Params: $number int. Returns: id, resolution (as find-resolutions returns it).
MATCH (r:Resolution {number: $number})
OPTIONAL MATCH (r)-[:ADOPTED_AT]->(m:Meeting)
RETURN r.id AS id, r {...Resolution, adoptedAtId: m.id} AS resolution
