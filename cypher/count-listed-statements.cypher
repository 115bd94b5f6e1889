// How many statements page-statements lists. Params: as page-statements, without order and paging. Returns: total.
MATCH (s:Statement)
OPTIONAL MATCH (s)-[:SPOKEN_BY]->(a:Actor)
OPTIONAL MATCH (s)-[:MADE_AT]->(m:Meeting)
WITH s, a, m
WHERE ($speakerIds IS NULL OR a.id IN $speakerIds)
  AND ($meetingSymbols IS NULL OR m.symbol IN $meetingSymbols)
  AND ($direct IS NULL OR s.direct = $direct)
  AND ($quoteValues IS NULL OR s.quote IN $quoteValues)
  AND ($quoteContains IS NULL OR toLower(s.quote) CONTAINS $quoteContains)
  AND ($quoteStartsWith IS NULL OR toLower(s.quote) STARTS WITH $quoteStartsWith)
  AND ($quoteWords IS NULL OR all(word IN $quoteWords WHERE toLower(s.quote) CONTAINS word))
RETURN count(s) AS total
