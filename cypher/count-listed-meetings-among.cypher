// How many of the candidate meetings page-meetings-among lists. Params: $candidateIds [meeting id] (the ids its relationship filters allow, from their anchor queries), and as page-meetings-among, without order and paging. Returns: total.
UNWIND $candidateIds AS candidateId
MATCH (m:Meeting {id: candidateId})
WHERE ($dateFrom IS NULL OR m.date >= $dateFrom)
  AND ($dateTo IS NULL OR m.date <= $dateTo)
  AND ($kindValues IS NULL OR m.kind IN $kindValues)
  AND ($kindContains IS NULL OR toLower(m.kind) CONTAINS $kindContains)
  AND ($kindStartsWith IS NULL OR toLower(m.kind) STARTS WITH $kindStartsWith)
  AND ($symbolValues IS NULL OR m.symbol IN $symbolValues)
  AND ($symbolContains IS NULL OR toLower(m.symbol) CONTAINS $symbolContains)
  AND ($symbolStartsWith IS NULL OR toLower(m.symbol) STARTS WITH $symbolStartsWith)
  AND ($titleValues IS NULL OR m.title IN $titleValues)
  AND ($titleContains IS NULL OR toLower(m.title) CONTAINS $titleContains)
  AND ($titleStartsWith IS NULL OR toLower(m.title) STARTS WITH $titleStartsWith)
  AND ($words IS NULL OR all(word IN $words WHERE (' ' + m.searchText + ' ') CONTAINS (' ' + word + ' ')))
RETURN count(m) AS total
