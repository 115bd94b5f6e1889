// Marks the seed as fully loaded (written last, so an interrupted seed runs again). Params: $at, $hash. Returns: id.
MERGE (m:Meta {id: 'seed'})
SET m.seededAt = $at, m.hash = $hash
RETURN m.id AS id
