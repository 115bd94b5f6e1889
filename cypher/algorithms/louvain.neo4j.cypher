// Louvain communities over a projected (undirected) graph (GDS). Params: $graphName. Returns: id (the node's id property), score (the community id).
CALL gds.louvain.stream($graphName)
YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).id AS id, communityId AS score
