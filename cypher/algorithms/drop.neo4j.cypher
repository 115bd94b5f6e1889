// Drops a projected GDS graph (no error when it is gone). Params: $graphName. Returns: graphName.
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
