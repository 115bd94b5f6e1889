// One page of statements, filtered and ordered. Params: $speakerIds [actor id]|null, $meetingSymbols [string]|null (record symbols), $direct boolean|null, $quoteValues [string]|null, $quoteContains|$quoteStartsWith|null (lower case), $quoteWords [string]|null, $orderField 'meeting_date'|'speaker', $descending boolean, $skip int, $limit int. Returns: statement (as find-statements returns it).
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
WITH s, a, m, CASE $orderField WHEN 'speaker' THEN coalesce(a.name, '') ELSE coalesce(m.date, '') END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key ELSE null END DESC, s.id
SKIP $skip LIMIT $limit
RETURN s {.id, .quote, .direct, .evidence, speakerId: a.id, meetingId: m.id} AS statement
