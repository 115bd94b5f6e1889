// Creates or updates actors. Params: $rows [{id, props}]. Returns: count.
UNWIND $rows AS row
MERGE (a:Actor:Entity {id: row.id})
SET a += row.props
RETURN count(a) AS count
