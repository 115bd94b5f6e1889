// Links drafting actors to resolutions. Params: $rows [{actorId, resolutionId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (r:Resolution {id: row.resolutionId})
MERGE (a)-[e:DRAFTED]->(r)
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
