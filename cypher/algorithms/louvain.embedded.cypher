// Louvain communities over the in-memory copy of a projected graph (Grafeo). Params: none. Returns: id (the node's id property), score (the community id).
CALL grafeo.louvain()
YIELD node_id, community_id
MATCH (n) WHERE id(n) = node_id
RETURN n.id AS id, community_id AS score
