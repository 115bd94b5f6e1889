// Resolves source records to actors (merge) with the rule and reason; a record resolves to one actor. Params: $rows [{recordId, actorId, rule, reason}]. Returns: count.
UNWIND $rows AS row
MATCH (s:SourceRecord {id: row.recordId}), (a:Actor {id: row.actorId})
MERGE (s)-[r:RESOLVED_TO]->(a)
SET r.rule = row.rule, r.reason = row.reason
RETURN count(r) AS count
