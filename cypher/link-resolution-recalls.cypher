// Links a resolution to an earlier one it recalls or implements. Params: $rows [{fromId, toId, relation, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (a:Resolution {id: row.fromId}), (b:Resolution {id: row.toId})
MERGE (a)-[e:RECALLS]->(b)
SET e.relation = row.relation
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
