// Links allegations to the actors they name, one edge per role. Params: $rows [{allegationId, actorId, role, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (al:Allegation {id: row.allegationId}), (a:Actor {id: row.actorId})
MERGE (al)-[e:NAMES {role: row.role}]->(a)
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
