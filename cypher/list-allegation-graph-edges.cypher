// The allegation graph for centrality: claimant → each actor its allegations name, weighted by the evidence quotes. Params: $topicId|null (only allegations about it). Returns: source, target (actor ids), weight int.
MATCH (c:Actor)<-[:CLAIMED_BY]-(al:Allegation)-[:NAMES]->(n:Actor)
WHERE c <> n AND ($topicId IS NULL OR EXISTS { MATCH (al)-[:ABOUT]->(t:Topic) WHERE t.id = $topicId })
RETURN c.id AS source, n.id AS target, sum(size(coalesce(al.evidence, []))) AS weight
ORDER BY source, target
