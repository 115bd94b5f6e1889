// Read-only analytics: pairs of actors named in the same allegations, with how often and by how many claimants. Params: none. Returns: first, second, allegations, claimants, topics.
MATCH (a:Actor)<-[:NAMES]-(al:Allegation)-[:NAMES]->(b:Actor)
WHERE a.name < b.name
OPTIONAL MATCH (al)-[:CLAIMED_BY]->(c:Actor)
OPTIONAL MATCH (al)-[:ABOUT]->(t:Topic)
WITH a, b, al, c, t
ORDER BY t.key
RETURN a.name AS first, b.name AS second, count(DISTINCT al) AS allegations, count(DISTINCT c) AS claimants, collect(DISTINCT t.key) AS topics
ORDER BY allegations DESC, first, second
LIMIT 100
