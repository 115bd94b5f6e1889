// The neighbours of each entity over fact edges and votes, in a fixed order (relationship type, then neighbour id), $limit of them after $skip. Params: $ids [entity id], $skip int, $limit int. Returns: parentId, total (all its neighbours), neighbours [{id, labels, name, type, outgoing, relation, role, vote, evidence}].
MATCH (a:Entity)
WHERE a.id IN $ids
MATCH (a)-[r:RELATED_TO|NAMES|CLAIMED_BY|DRAFTED|TARGETS|ADOPTED_AT|PARTICIPATED_IN|SPOKEN_BY|MADE_AT|RECALLS|ABOUT|CAST_VOTE]-(b:Entity)
WITH a, r, b
ORDER BY type(r), b.id
WITH a, collect({id: b.id, labels: labels(b), name: coalesce(b.name, b.symbol, b.title, b.summary, b.quote, b.id), type: type(r), outgoing: startNode(r) = a, relation: r.relation, role: r.role, vote: r.vote, evidence: coalesce(r.evidence, [])}) AS found
RETURN a.id AS parentId, size(found) AS total, found[$skip..($skip + $limit)] AS neighbours
ORDER BY parentId
