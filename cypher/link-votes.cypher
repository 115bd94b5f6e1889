// Member-state votes on resolutions, with the source record that cast them. Params: $rows [{actorId, resolutionId, vote, recordId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (r:Resolution {id: row.resolutionId})
MERGE (a)-[v:CAST_VOTE {record: row.recordId}]->(r)
SET v.vote = row.vote
SET v.evidence = coalesce(v.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(v.evidence, [])]
RETURN count(v) AS count
