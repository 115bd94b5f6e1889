// Read-only analytics: actors by how much the allegations name them — distinct claimants, allegations and evidence quotes (weighted in-degree of the allegation graph; PageRank over the same graph is Query.centralActors). Params: none. Returns: actor, kind, claimants, allegations, evidence, score.
MATCH (c:Actor)<-[:CLAIMED_BY]-(al:Allegation)-[:NAMES]->(a:Actor)
WITH a, count(DISTINCT c) AS claimants, count(DISTINCT al) AS allegations, sum(size(coalesce(al.evidence, []))) AS evidence
RETURN a.name AS actor, a.kind AS kind, claimants, allegations, evidence, claimants * 10 + evidence AS score
ORDER BY score DESC, actor
LIMIT 50
