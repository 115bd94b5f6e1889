// Links resolutions or allegations to topics. Params: $rows [{fromId, topicId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (n:Entity {id: row.fromId}), (t:Topic {id: row.topicId})
MERGE (n)-[e:ABOUT]->(t)
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
