// How many allegations there are, for the list asked for with no filter (count-listed-allegations evaluates every null filter on every row). Params: none. Returns: total.
MATCH (al:Allegation)
RETURN count(al) AS total
