// Moves the votes a source record cast from one actor to another (after an unmerge). Params: $recordId, $fromId, $toId. Returns: count.
MATCH (a:Actor {id: $fromId})-[v:CAST_VOTE {record: $recordId}]->(r:Resolution)
MATCH (b:Actor {id: $toId})
MERGE (b)-[moved:CAST_VOTE {record: $recordId}]->(r)
SET moved.vote = v.vote, moved.evidence = v.evidence
DELETE v
RETURN count(moved) AS count
