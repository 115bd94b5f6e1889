// Links drafting actors to resolutions. Params: $rows [{actorId, resolutionId, evidence}]. Returns: count. The MERGE starts at the low-degree end (on the embedded engine the first node of the pattern is scanned: from the high-degree end it grew quadratically).
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (r:Resolution {id: row.resolutionId})
MERGE (r)<-[e:DRAFTED]-(a)
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
