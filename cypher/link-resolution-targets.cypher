// Links resolutions to the actors they target. Params: $rows [{resolutionId, actorId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (r:Resolution {id: row.resolutionId}), (a:Actor {id: row.actorId})
MERGE (r)-[e:TARGETS]->(a)
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
