// How many actors page-actor-ids lists. Params: $nameValues [string]|null, $nameContains|null, $nameStartsWith|null (lower case), $kinds [string]|null, $sanctioned boolean|null. Returns: total. Relationship filters ($nameWords, $memberOfIds) go to count-listed-actors-among.
MATCH (a:Actor)
WHERE ($nameValues IS NULL OR a.name IN $nameValues)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS $nameContains)
  AND ($nameStartsWith IS NULL OR toLower(a.name) STARTS WITH $nameStartsWith)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($sanctioned IS NULL OR coalesce(a.sanctioned, false) = $sanctioned)
RETURN count(a) AS total
