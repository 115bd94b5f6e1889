// Creates or updates allegations. Params: $rows [{id, props, evidence}] (props.statedOn an ISO day, stored as a DATE, as are the bounds; evidence ids are added to those already there; write the evidence first). Returns: count. Keeps the status label (AllegationAlleged|Denied|Confirmed|Disputed, one per status, none when status is null) that count-allegations-by-status counts, and, when statedOn is null, the bounds its documents give (notAfter: the earliest publishedOn; notBefore: the earliest publishedNotBefore when no document gives its day; both null when statedOn is set), as backfill-allegation-bounds does.
UNWIND $rows AS row
MERGE (a:Allegation:Entity {id: row.id})
SET a += row.props
SET a.statedOn = date(a.statedOn)
SET a.evidence = coalesce(a.evidence, []) + [x IN coalesce(row.evidence, []) WHERE NOT x IN coalesce(a.evidence, [])]
REMOVE a:AllegationAlleged:AllegationDenied:AllegationConfirmed:AllegationDisputed
FOREACH (_ IN CASE a.status WHEN 'ALLEGED' THEN [1] ELSE [] END | SET a:AllegationAlleged)
FOREACH (_ IN CASE a.status WHEN 'DENIED' THEN [1] ELSE [] END | SET a:AllegationDenied)
FOREACH (_ IN CASE a.status WHEN 'CONFIRMED' THEN [1] ELSE [] END | SET a:AllegationConfirmed)
FOREACH (_ IN CASE a.status WHEN 'DISPUTED' THEN [1] ELSE [] END | SET a:AllegationDisputed)
WITH a
CALL (a) {
  UNWIND CASE WHEN a.statedOn IS NULL THEN coalesce(a.evidence, []) ELSE [] END AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  MATCH (d:Document {id: e.documentId})
  RETURN min(d.publishedOn) AS publishedOn, min(d.publishedNotBefore) AS publishedNotBefore
}
SET a.notAfter = publishedOn, a.notBefore = CASE WHEN publishedOn IS NULL THEN publishedNotBefore END
RETURN count(a) AS count
