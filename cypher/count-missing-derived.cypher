// How many actors lack `sanctioned` and statements `meetingDay` (a store from an older Dossier): the start-up backfill writes only when one is missing (this read: 8 ms at ~1M on Grafeo; the backfill writes, even with nothing to do, ≈ 80 ms each). Params: none. Returns: actors, statements.
CALL { MATCH (a:Actor) WHERE a.sanctioned IS NULL RETURN count(a) AS actors }
CALL { MATCH (s:Statement) WHERE s.meetingDay IS NULL RETURN count(s) AS statements }
RETURN actors, statements
