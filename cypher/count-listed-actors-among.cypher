// How many of the candidate actors page-actors-among lists. Params: $candidateIds [actor id] (the ids its relationship filters allow, from their anchor queries), and as page-actors-among, without order and paging. Returns: total.
UNWIND $candidateIds AS candidateId
MATCH (a:Actor {id: candidateId})
WHERE ($nameValues IS NULL OR a.name IN $nameValues)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS $nameContains)
  AND ($nameStartsWith IS NULL OR toLower(a.name) STARTS WITH $nameStartsWith)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($sanctioned IS NULL OR coalesce(a.sanctioned, false) = $sanctioned)
RETURN count(a) AS total
