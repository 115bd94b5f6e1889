// Creates or updates meetings. Params: $rows [{id, props, evidence}] (evidence ids are added to those already there). Returns: count.
UNWIND $rows AS row
MERGE (m:Meeting:Entity {id: row.id})
SET m += row.props
SET m.evidence = coalesce(m.evidence, []) + [x IN coalesce(row.evidence, []) WHERE NOT x IN coalesce(m.evidence, [])]
RETURN count(m) AS count
