// Whether the seed finished loading, and which version of it. Params: none. Returns: seededAt, hash.
MATCH (m:Meta {id: 'seed'})
RETURN m.seededAt AS seededAt, m.hash AS hash
