// Creates or updates allegations. Params: $rows [{id, props, evidence}] (evidence ids are added to those already there). Returns: count. Keeps the status label (AllegationAlleged|Denied|Confirmed|Disputed, one per status, none when status is null) that count-allegations-by-status counts.
UNWIND $rows AS row
MERGE (a:Allegation:Entity {id: row.id})
SET a += row.props
SET a.evidence = coalesce(a.evidence, []) + [x IN coalesce(row.evidence, []) WHERE NOT x IN coalesce(a.evidence, [])]
REMOVE a:AllegationAlleged:AllegationDenied:AllegationConfirmed:AllegationDisputed
FOREACH (_ IN CASE a.status WHEN 'ALLEGED' THEN [1] ELSE [] END | SET a:AllegationAlleged)
FOREACH (_ IN CASE a.status WHEN 'DENIED' THEN [1] ELSE [] END | SET a:AllegationDenied)
FOREACH (_ IN CASE a.status WHEN 'CONFIRMED' THEN [1] ELSE [] END | SET a:AllegationConfirmed)
FOREACH (_ IN CASE a.status WHEN 'DISPUTED' THEN [1] ELSE [] END | SET a:AllegationDisputed)
RETURN count(a) AS count
