// PageRank over a projected graph (GDS; 20 iterations, damping 0.85). Params: $graphName. Returns: id (the node's id property), score.
CALL gds.pageRank.stream($graphName, {maxIterations: 20, dampingFactor: 0.85, tolerance: 0.0000001})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
