// Creates or updates resolutions. Params: $rows [{id, props, evidence}] (props.adoptedOn an ISO day, stored as a DATE; evidence ids are added to those already there). Returns: count.
UNWIND $rows AS row
MERGE (r:Resolution:Entity {id: row.id})
SET r += row.props
SET r.adoptedOn = date(r.adoptedOn)
SET r.evidence = coalesce(r.evidence, []) + [x IN coalesce(row.evidence, []) WHERE NOT x IN coalesce(r.evidence, [])]
RETURN count(r) AS count
