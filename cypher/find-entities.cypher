// Entities of any kind by id, for pictures and exports. Params: $ids [entity id]. Returns: id, labels, name.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, coalesce(n.name, n.symbol, n.title, n.summary, n.quote, n.id) AS name
ORDER BY id
