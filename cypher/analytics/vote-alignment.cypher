// Read-only analytics: how often two Council members voted alike, over the resolutions whose votes are loaded. Params: none. Returns: first, second, together (resolutions both voted on), alike, alignment (alike / together).
MATCH (a:Actor)-[va:CAST_VOTE]->(r:Resolution)<-[vb:CAST_VOTE]-(b:Actor)
WHERE a.name < b.name
WITH a, b, count(r) AS together, sum(CASE WHEN va.vote = vb.vote THEN 1 ELSE 0 END) AS alike
RETURN a.name AS first, b.name AS second, together, alike, toFloat(alike) / together AS alignment
ORDER BY alignment, together DESC, first, second
LIMIT 100
