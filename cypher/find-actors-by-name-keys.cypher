// Candidate actors for many normalised name keys at once (entity resolution). Params: $keys [string]. Returns: key, actorId, kind, source.
MATCH (n:Name)-[r:NAME_OF]->(a:Actor)
WHERE n.key IN $keys
RETURN n.key AS key, a.id AS actorId, a.kind AS kind, r.source AS source
ORDER BY key, actorId
