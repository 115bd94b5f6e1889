// One page of the candidate meetings, filtered and ordered. Params: $candidateIds [meeting id] (the ids its relationship filters allow, from their anchor queries), $dateFrom|null, $dateTo|null (YYYY-MM-DD), $kindValues|$symbolValues|$titleValues [string]|null, $kindContains|$symbolContains|$titleContains|null, $kindStartsWith|$symbolStartsWith|$titleStartsWith|null (lower case), $words [string]|null (normalised words of the searchable text), $orderField 'date'|'symbol', $descending boolean, $skip int, $limit int. Returns: meeting (as find-meetings returns it).
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
WITH m, CASE $orderField WHEN 'symbol' THEN coalesce(m.symbolNumber, -1) ELSE coalesce(m.date, '') END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key ELSE null END DESC, m.id
SKIP $skip LIMIT $limit
RETURN m {.id, .kind, .title, .date, .datePrecision, .dateText, .symbol, .pressRelease, .agenda, .presidentialStatements, .note, .coveredBy, .evidence} AS meeting
