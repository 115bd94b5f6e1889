// Shortest paths (up to 6 hops, then cut to $maxHops) between two entities over fact edges, in a fixed order (by the ids along the path: the engines list equal-length paths in different orders). Params: $fromId, $toId, $maxHops int, $limit int. Returns: nodeIds, steps [{type, from, to, relation, role, evidence}].
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[:RELATED_TO|NAMES|CLAIMED_BY|DRAFTED|TARGETS|ADOPTED_AT|PARTICIPATED_IN|SPOKEN_BY|MADE_AT|RECALLS|ABOUT*..6]-(b))
WHERE length(p) <= $maxHops
WITH p, reduce(pathKey = '', n IN nodes(p) | pathKey + n.id + '>') AS pathKey
ORDER BY pathKey
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, relation: r.relation, role: r.role, evidence: r.evidence}] AS steps
LIMIT $limit
