// Links statements to their speaker. Params: $rows [{statementId, speakerId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId}), (a:Actor {id: row.speakerId})
MERGE (s)-[e:SPOKEN_BY]->(a)
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
