// Links resolutions to the meeting that adopted them. Params: $rows [{resolutionId, meetingId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (r:Resolution {id: row.resolutionId}), (m:Meeting {id: row.meetingId})
MERGE (r)-[e:ADOPTED_AT]->(m)
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
