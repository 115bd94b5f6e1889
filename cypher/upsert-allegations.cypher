// Creates or updates allegations. Params: $rows [{id, props}]. Returns: count.
UNWIND $rows AS row
MERGE (a:Allegation:Entity {id: row.id})
SET a += row.props
RETURN count(a) AS count
