// How many actors lack `sanctioned`, statements `meetingDay` allegations their status label and undated allegations the bounds their documents give (a store from an older Dossier): the start-up backfill writes only when one is missing (this read: 8 ms at ~1M on Grafeo without the allegations, ≈ 100 ms with them; the backfill writes, even with nothing to do, ≈ 80 ms each). Params: none. Returns: actors, statements, allegations, allegationBounds.
CALL () { MATCH (a:Actor) WHERE a.sanctioned IS NULL RETURN count(a) AS actors }
CALL () { MATCH (s:Statement) WHERE s.meetingDay IS NULL RETURN count(s) AS statements }
CALL () { MATCH (al:Allegation)
  WHERE coalesce(al.status = 'ALLEGED', false) <> al:AllegationAlleged
     OR coalesce(al.status = 'DENIED', false) <> al:AllegationDenied
     OR coalesce(al.status = 'CONFIRMED', false) <> al:AllegationConfirmed
     OR coalesce(al.status = 'DISPUTED', false) <> al:AllegationDisputed
  RETURN count(al) AS allegations }
CALL () { MATCH (al:Allegation)
  WHERE al.statedOn IS NULL AND al.notBefore IS NULL AND al.notAfter IS NULL
  CALL (al) {
    UNWIND coalesce(al.evidence, []) AS evidenceId
    MATCH (e:Evidence {id: evidenceId})
    MATCH (d:Document {id: e.documentId})
    RETURN count(d.publishedOn) + count(d.publishedNotBefore) AS dated
  }
  WITH al, dated
  WHERE dated > 0
  RETURN count(al) AS allegationBounds }
RETURN actors, statements, allegations, allegationBounds
