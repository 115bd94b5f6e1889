// Links actors to the meetings they took part in. Params: $rows [{actorId, meetingId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (m:Meeting {id: row.meetingId})
MERGE (a)-[r:PARTICIPATED_IN]->(m)
SET r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])]
RETURN count(r) AS count
