// Adds evidence a reviewer accepted (a document's words that refer to a resolution) to the resolution's evidence. Params: $id (resolution id), $evidence [evidence id]. Returns: id (no row when there is no such resolution).
MATCH (r:Resolution {id: $id})
SET r.evidence = coalesce(r.evidence, []) + [x IN $evidence WHERE NOT x IN coalesce(r.evidence, [])]
RETURN r.id AS id
