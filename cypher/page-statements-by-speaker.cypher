// One page of statements by the name of their speaker, filtered. Params: $direct boolean|null, $quoteValues [string]|null, $quoteContains|$quoteStartsWith|null (lower case), $quoteWords [string]|null, $descending boolean, $skip int, $limit int. Returns: statement (as find-statements returns it).
MATCH (s:Statement)
WHERE ($direct IS NULL OR s.direct = $direct)
  AND ($quoteValues IS NULL OR s.quote IN $quoteValues)
  AND ($quoteContains IS NULL OR toLower(s.quote) CONTAINS $quoteContains)
  AND ($quoteStartsWith IS NULL OR toLower(s.quote) STARTS WITH $quoteStartsWith)
  AND ($quoteWords IS NULL OR all(word IN $quoteWords WHERE toLower(s.quote) CONTAINS word))
OPTIONAL MATCH (s)-[:SPOKEN_BY]->(a:Actor)
WITH s, coalesce(a.name, '') AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key ELSE null END DESC, s.id
SKIP $skip LIMIT $limit
RETURN s {.id, .quote, .direct, .evidence, speakerId: head([(s)-[:SPOKEN_BY]->(a:Actor) | a.id]), meetingId: head([(s)-[:MADE_AT]->(x:Meeting) | x.id])} AS statement
