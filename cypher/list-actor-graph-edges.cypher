// The actor graph for communities: relations between actors, claimant → named, and actors named together, each pair once, weighted by the evidence. Params: none. Returns: source, target (actor ids, source < target), weight int.
MATCH (a:Actor)-[r:RELATED_TO]-(b:Actor)
WHERE a.id < b.id
RETURN a.id AS source, b.id AS target, size(coalesce(r.evidence, [])) AS weight
UNION ALL
MATCH (a:Actor)<-[:CLAIMED_BY|NAMES]-(al:Allegation)-[:NAMES]->(b:Actor)
WHERE a.id < b.id
RETURN a.id AS source, b.id AS target, size(coalesce(al.evidence, [])) AS weight
