// Links actors to the meetings they took part in. Params: $rows [{actorId, meetingId, evidence}]. Returns: count. The MERGE starts at the low-degree end (on the embedded engine the first node of the pattern is scanned: from the high-degree end it grew quadratically).
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (m:Meeting {id: row.meetingId})
MERGE (m)<-[r:PARTICIPATED_IN]-(a)
SET r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])]
RETURN count(r) AS count
