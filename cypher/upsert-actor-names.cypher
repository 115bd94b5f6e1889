// Links normalised name keys to actors, one edge per source that gives the name. Params: $rows [{actorId, key, text, source}]. Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MERGE (n:Name {key: row.key})
MERGE (n)-[r:NAME_OF {source: row.source}]->(a)
SET r.text = row.text
RETURN count(r) AS count
