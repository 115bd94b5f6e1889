// Resolutions by id, with the meeting that adopted them. Params: $ids [string]. Returns: resolution (the Resolution map of src/model/resolution.model.ts, adoptedAtId included).
MATCH (r:Resolution)
WHERE r.id IN $ids
RETURN r {...Resolution} AS resolution
