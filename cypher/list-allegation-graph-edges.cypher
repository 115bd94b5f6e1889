// The allegation graph for centrality: claimant → each actor its allegations name, weighted by the evidence quotes. Params: none (list-allegation-graph-edges-about: only the allegations about one topic). Returns: source, target (actor ids), weight int.
MATCH (c:Actor)<-[:CLAIMED_BY]-(al:Allegation)-[:NAMES]->(n:Actor)
WHERE c <> n
RETURN c.id AS source, n.id AS target, sum(size(coalesce(al.evidence, []))) AS weight
ORDER BY source, target
