// Creates or updates statements. Params: $rows [{id, props}]. Returns: count.
UNWIND $rows AS row
MERGE (s:Statement:Entity {id: row.id})
SET s += row.props
RETURN count(s) AS count
