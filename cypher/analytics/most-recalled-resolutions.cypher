// Read-only analytics: resolutions by how many loaded resolutions recall them, and how many they recall (PageRank over RECALLS is in the README's analytics table). Params: none. Returns: number, symbol, recalledBy, recalls.
MATCH (r:Resolution)
WITH r, COUNT { (r)<-[:RECALLS]-(:Resolution) } AS recalledBy, COUNT { (r)-[:RECALLS]->(:Resolution) } AS recalls
WHERE recalledBy + recalls > 0
RETURN r.number AS number, r.symbol AS symbol, recalledBy, recalls
ORDER BY recalledBy DESC, recalls DESC, number
LIMIT 50
