// The allegation graph for centrality, of the allegations about one topic: claimant → each actor they name, weighted by the evidence quotes. Params: $topicId string. Returns: source, target (actor ids), weight int.
MATCH (t:Topic {id: $topicId})<-[:ABOUT]-(al:Allegation)
MATCH (c:Actor)<-[:CLAIMED_BY]-(al)-[:NAMES]->(n:Actor)
WHERE c <> n
RETURN c.id AS source, n.id AS target, sum(size(coalesce(al.evidence, []))) AS weight
ORDER BY source, target
