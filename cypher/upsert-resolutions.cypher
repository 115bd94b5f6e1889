// Creates or updates resolutions. Params: $rows [{id, props}]. Returns: count.
UNWIND $rows AS row
MERGE (r:Resolution:Entity {id: row.id})
SET r += row.props
RETURN count(r) AS count
