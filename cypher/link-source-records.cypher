// Resolves source records to actors (merge) with the rule and reason; a record resolves to one actor; an actor a sanctions entry resolves to is `sanctioned` (the actors list filters on it). Params: $rows [{recordId, actorId, rule, reason}]. Returns: count.
UNWIND $rows AS row
MATCH (s:SourceRecord {id: row.recordId}), (a:Actor {id: row.actorId})
MERGE (s)-[r:RESOLVED_TO]->(a)
SET r.rule = row.rule, r.reason = row.reason
SET a.sanctioned = coalesce(a.sanctioned, false) OR s.referenceNumber IS NOT NULL
RETURN count(r) AS count
