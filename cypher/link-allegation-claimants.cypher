// Links allegations to the actor who made them. Params: $rows [{allegationId, actorId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (al:Allegation {id: row.allegationId}), (a:Actor {id: row.actorId})
MERGE (al)-[e:CLAIMED_BY]->(a)
SET e.evidence = row.evidence
RETURN count(e) AS count
