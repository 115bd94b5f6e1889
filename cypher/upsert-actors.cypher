// Creates or updates actors (`sanctioned` starts false; link-source-records sets it). Params: $rows [{id, props, evidence}] (evidence ids are added to those already there). Returns: count.
UNWIND $rows AS row
MERGE (a:Actor:Entity {id: row.id})
SET a += row.props
SET a.evidence = coalesce(a.evidence, []) + [x IN coalesce(row.evidence, []) WHERE NOT x IN coalesce(a.evidence, [])]
SET a.sanctioned = coalesce(a.sanctioned, false)
RETURN count(a) AS count
