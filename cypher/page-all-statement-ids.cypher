// The first $end statements by the day of their meeting, for the list asked for with no filter: their ids only (as page-statement-ids, without the filter predicates). Params: $end int (skip + limit; the caller drops the first skip). Returns: id. Every statement has a meetingDay ('' when unknown; written by upsert-statements and the meeting links). page-all-statement-ids-desc is the other direction.
MATCH (s:Statement)
WHERE s.meetingDay IS NOT NULL // neo4j only: reads the index in order (Grafeo would test it on every row)
RETURN s.id AS id, s.meetingDay AS key
ORDER BY key, id
LIMIT $end
