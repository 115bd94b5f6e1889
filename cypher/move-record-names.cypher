// Moves the names a source record brought from one actor to another (after an unmerge). Params: $recordId, $fromId, $toId. Returns: count.
MATCH (a:Actor {id: $fromId})<-[r:NAME_OF]-(n:Name)
WHERE r.source STARTS WITH $recordId
MATCH (b:Actor {id: $toId})
MERGE (n)-[moved:NAME_OF]->(b)
SET moved.text = r.text, moved.source = r.source
DELETE r
RETURN count(moved) AS count
