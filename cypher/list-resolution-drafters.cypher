// Drafters of each resolution. Params: $ids [resolution id]. Returns: parentId, childId, evidence, child (the actor, as find-actors returns it).
MATCH (r:Resolution)
WHERE r.id IN $ids
MATCH (r)<-[e:DRAFTED]-(a:Actor)
RETURN r.id AS parentId, a.id AS childId, e.evidence AS evidence, a {...Actor} AS child
ORDER BY a.name, a.id, r.id
