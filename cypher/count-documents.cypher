// How many documents the store holds (zero means not seeded). Params: none. Returns: count.
MATCH (d:Document)
RETURN count(d) AS count
