// Shortest paths (up to 6 hops, then cut to $maxHops) between two entities over fact edges. Params: $fromId, $toId, $maxHops int, $limit int. Returns: nodeIds, steps [{type, from, to, relation, role, evidence}].
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[:RELATED_TO|NAMES|CLAIMED_BY|DRAFTED|TARGETS|ADOPTED_AT|PARTICIPATED_IN|SPOKEN_BY|MADE_AT|RECALLS|ABOUT*..6]-(b))
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, relation: r.relation, role: r.role, evidence: r.evidence}] AS steps
LIMIT $limit
