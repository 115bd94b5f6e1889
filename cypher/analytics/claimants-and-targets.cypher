// Read-only analytics: who claims what about whom. Params: none. Returns: claimant, named, role, topic, status.
MATCH (c:Actor)<-[:CLAIMED_BY]-(al:Allegation)-[r:NAMES]->(n:Actor)
OPTIONAL MATCH (al)-[:ABOUT]->(t:Topic)
WITH c, al, r, n, t
ORDER BY t.key
RETURN c.name AS claimant, n.name AS named, r.role AS role, collect(DISTINCT t.key) AS topics, al.status AS status
ORDER BY claimant, named
