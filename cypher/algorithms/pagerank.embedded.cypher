// PageRank over the in-memory copy of a projected graph (Grafeo; 20 iterations, damping 0.85). Params: none. Returns: id (the node's id property), score.
CALL grafeo.pagerank({damping: 0.85, max_iterations: 20, tolerance: 0.0000001, directed: true})
YIELD node_id, score
MATCH (n) WHERE id(n) = node_id
RETURN n.id AS id, score
