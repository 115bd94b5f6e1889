// Creates or updates documents. Params: $rows [{id, props}]. Returns: count.
UNWIND $rows AS row
MERGE (d:Document:Entity {id: row.id})
SET d += row.props
RETURN count(d) AS count
