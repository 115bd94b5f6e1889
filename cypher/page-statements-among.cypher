// One page of the candidate statements, filtered and ordered. Params: $candidateIds [statement id] (the ids its relationship filters allow, from their anchor queries), $direct boolean|null, $quoteValues [string]|null, $quoteContains|$quoteStartsWith|null (lower case), $quoteWords [string]|null, $orderField 'meeting_date'|'speaker', $descending boolean, $skip int, $limit int. Returns: statement (as find-statements returns it).
UNWIND $candidateIds AS candidateId
MATCH (s:Statement {id: candidateId})
WHERE ($direct IS NULL OR s.direct = $direct)
  AND ($quoteValues IS NULL OR s.quote IN $quoteValues)
  AND ($quoteContains IS NULL OR toLower(s.quote) CONTAINS $quoteContains)
  AND ($quoteStartsWith IS NULL OR toLower(s.quote) STARTS WITH $quoteStartsWith)
  AND ($quoteWords IS NULL OR all(word IN $quoteWords WHERE toLower(s.quote) CONTAINS word))
OPTIONAL MATCH (s)-[:SPOKEN_BY]->(a:Actor)
WITH s, CASE $orderField WHEN 'speaker' THEN coalesce(a.name, '') ELSE s.meetingDay END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key ELSE null END DESC, s.id
SKIP $skip LIMIT $limit
RETURN s {.id, .quote, .direct, .evidence, speakerId: head([(s)-[:SPOKEN_BY]->(a:Actor) | a.id]), meetingId: head([(s)-[:MADE_AT]->(x:Meeting) | x.id])} AS statement
