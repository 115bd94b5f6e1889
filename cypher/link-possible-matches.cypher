// Unsure matches kept for review, not merged. Params: $rows [{recordId, actorId, rule, reason}]. Returns: count.
UNWIND $rows AS row
MATCH (s:SourceRecord {id: row.recordId}), (a:Actor {id: row.actorId})
MERGE (s)-[r:POSSIBLE_MATCH]->(a)
SET r.rule = row.rule, r.reason = row.reason
RETURN count(r) AS count
