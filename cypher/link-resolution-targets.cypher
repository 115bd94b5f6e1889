// Links resolutions to the actors they target. Params: $rows [{resolutionId, actorId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (r:Resolution {id: row.resolutionId}), (a:Actor {id: row.actorId})
MERGE (r)-[e:TARGETS]->(a)
SET e.evidence = row.evidence
RETURN count(e) AS count
