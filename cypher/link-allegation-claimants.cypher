// Links allegations to the actor who made them. Params: $rows [{allegationId, actorId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (al:Allegation {id: row.allegationId}), (a:Actor {id: row.actorId})
MERGE (al)-[e:CLAIMED_BY]->(a)
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
