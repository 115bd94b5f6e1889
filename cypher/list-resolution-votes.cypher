// Votes cast on each resolution. Params: $ids [resolution id]. Returns: parentId, childId (actor), vote, evidence, child (the actor, as find-actors returns it).
MATCH (r:Resolution)
WHERE r.id IN $ids
MATCH (r)<-[v:CAST_VOTE]-(a:Actor)
RETURN r.id AS parentId, a.id AS childId, v.vote AS vote, v.evidence AS evidence, a {...Actor} AS child
ORDER BY a.name, a.id, r.id
