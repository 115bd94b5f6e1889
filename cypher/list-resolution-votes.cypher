// Votes cast on each resolution. Params: $ids [resolution id]. Returns: parentId, childId (actor), vote, evidence.
MATCH (a:Actor)-[v:CAST_VOTE]->(r:Resolution)
WHERE r.id IN $ids
RETURN r.id AS parentId, a.id AS childId, v.vote AS vote, v.evidence AS evidence
ORDER BY a.name
