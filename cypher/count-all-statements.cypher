// How many statements there are, for the list asked for with no filter (count-listed-statements evaluates every null filter on every row). Params: none. Returns: total.
MATCH (s:Statement)
RETURN count(s) AS total
