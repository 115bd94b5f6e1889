// How many actors lack `sanctioned`, statements `meetingDay` and allegations their status label (a store from an older Dossier): the start-up backfill writes only when one is missing (this read: 8 ms at ~1M on Grafeo without the allegations, ≈ 100 ms with them; the backfill writes, even with nothing to do, ≈ 80 ms each). Params: none. Returns: actors, statements, allegations.
CALL () { MATCH (a:Actor) WHERE a.sanctioned IS NULL RETURN count(a) AS actors }
CALL () { MATCH (s:Statement) WHERE s.meetingDay IS NULL RETURN count(s) AS statements }
CALL () { MATCH (al:Allegation)
  WHERE coalesce(al.status = 'ALLEGED', false) <> al:AllegationAlleged
     OR coalesce(al.status = 'DENIED', false) <> al:AllegationDenied
     OR coalesce(al.status = 'CONFIRMED', false) <> al:AllegationConfirmed
     OR coalesce(al.status = 'DISPUTED', false) <> al:AllegationDisputed
  RETURN count(al) AS allegations }
RETURN actors, statements, allegations
