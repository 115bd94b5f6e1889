// Links a statement (a denial or rebuttal) to the allegation it answers. Params: $rows [{statementId, allegationId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId}), (al:Allegation {id: row.allegationId})
MERGE (s)-[e:ANSWERS]->(al)
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
