// Member-state votes on resolutions, with the source record that cast them. Params: $rows [{actorId, resolutionId, vote, recordId, evidence}]. Returns: count. The MERGE starts at the low-degree end (on the embedded engine the first node of the pattern is scanned: from the high-degree end it grew quadratically).
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (r:Resolution {id: row.resolutionId})
MERGE (r)<-[v:CAST_VOTE {record: row.recordId}]-(a)
SET v.vote = row.vote
SET v.evidence = coalesce(v.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(v.evidence, [])]
RETURN count(v) AS count
