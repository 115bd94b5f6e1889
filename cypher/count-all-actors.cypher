// How many actors there are, for the list asked for with no filter (count-listed-actors evaluates every null filter on every row). Params: none. Returns: total.
MATCH (a:Actor)
RETURN count(a) AS total
