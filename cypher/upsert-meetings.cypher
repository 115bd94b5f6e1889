// Creates or updates meetings. Params: $rows [{id, props}]. Returns: count.
UNWIND $rows AS row
MERGE (m:Meeting:Entity {id: row.id})
SET m += row.props
RETURN count(m) AS count
