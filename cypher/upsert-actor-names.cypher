// Links normalised name keys to actors. Params: $rows [{actorId, key, text, source}]. Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MERGE (n:Name {key: row.key})
MERGE (n)-[r:NAME_OF]->(a)
SET r.text = row.text, r.source = row.source
RETURN count(r) AS count
