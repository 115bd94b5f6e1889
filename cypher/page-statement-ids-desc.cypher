// The first $end statements by the day of their meeting (newest first), filtered: their ids only, the page's nodes are loaded by id. Params: $direct boolean|null, $quoteValues [string]|null, $quoteContains|$quoteStartsWith|null (lower case), $quoteWords [string]|null, $end int (skip + limit; the caller drops the first skip). Returns: id. Every statement has a meetingDay ('' when unknown; written by upsert-statements and the meeting links). ORDER BY and LIMIT sit on RETURN over plain columns, with no SKIP and no CASE: only then does Grafeo keep the top $end rows instead of sorting every row (50,000 statements at ~1M: 10–15 ms against 53–76 ms); on Neo4j `meetingDay IS NOT NULL` lets the index statement_day_idx give the rows in order (42 → 5 ms); page-statement-ids is the other direction.
MATCH (s:Statement)
WHERE ($direct IS NULL OR s.direct = $direct)
  AND ($quoteValues IS NULL OR s.quote IN $quoteValues)
  AND ($quoteContains IS NULL OR toLower(s.quote) CONTAINS $quoteContains)
  AND ($quoteStartsWith IS NULL OR toLower(s.quote) STARTS WITH $quoteStartsWith)
  AND ($quoteWords IS NULL OR all(word IN $quoteWords WHERE toLower(s.quote) CONTAINS word))
  AND s.meetingDay IS NOT NULL // neo4j only: reads the index in order (Grafeo would test it on every row)
RETURN s.id AS id, s.meetingDay AS key
ORDER BY key DESC, id
LIMIT $end
