// The resolution with a number. Params: $number int. Returns: id.
MATCH (r:Resolution {number: $number})
RETURN r.id AS id
