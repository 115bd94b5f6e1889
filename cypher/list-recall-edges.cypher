// The resolution citation network: citing → recalled resolution. Params: none. Returns: source, target (resolution ids), weight int (1).
MATCH (a:Resolution)-[:RECALLS]->(b:Resolution)
RETURN a.id AS source, b.id AS target, 1 AS weight
ORDER BY source, target
