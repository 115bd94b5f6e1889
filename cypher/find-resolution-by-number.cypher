// The resolution with a number. Params: $number int. Returns: id, resolution (as find-resolutions returns it).
MATCH (r:Resolution {number: $number})
RETURN r.id AS id, r {...Resolution} AS resolution
