// Links drafting actors to resolutions. Params: $rows [{actorId, resolutionId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (r:Resolution {id: row.resolutionId})
MERGE (a)-[e:DRAFTED]->(r)
SET e.evidence = row.evidence
RETURN count(e) AS count
