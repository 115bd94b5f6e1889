// Links actor to actor (part of, head of, member of...). Params: $rows [{fromId, toId, relation, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromId}), (b:Actor {id: row.toId})
MERGE (a)-[r:RELATED_TO {relation: row.relation}]->(b)
SET r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])]
RETURN count(r) AS count
