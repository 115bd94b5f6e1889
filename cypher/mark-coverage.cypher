// Records which sources list which relationships of an entity (a list no source covers is unknown, not empty). Params: $rows [{id, coverage: ['<field>|<document id>']}]. Returns: count.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.coveredBy = coalesce(n.coveredBy, []) + [x IN row.coverage WHERE NOT x IN coalesce(n.coveredBy, [])]
RETURN count(n) AS count
