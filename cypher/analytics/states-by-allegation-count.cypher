// Read-only analytics: states ranked by how many allegations name them, with roles. Params: none. Returns: state, allegations, roles.
MATCH (al:Allegation)-[r:NAMES]->(s:Actor {kind: 'STATE'})
RETURN s.name AS state, count(DISTINCT al) AS allegations, collect(DISTINCT r.role) AS roles
ORDER BY allegations DESC, state
