// Takes accepted relations out of the graph without losing them: each RELATED_TO edge gives way to a RETRACTED_RELATED_TO edge between the same actors with every property it had, and the decision that retracted it (no read matches that type). Params: $rows [{id, fromId, toId}], $decisionId, $at. Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromId})-[r:RELATED_TO]->(b:Actor {id: row.toId})
WHERE r.id = row.id
CREATE (a)-[x:RETRACTED_RELATED_TO]->(b)
SET x += properties(r), x.retractedBy = $decisionId, x.retractedAt = $at
DELETE r
RETURN count(x) AS count
