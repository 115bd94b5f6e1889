// Projects an edge list into a named GDS graph (each edge repeated `weight` times, at most 10, so that both engines weigh alike). Params: $graphName, $edges [{source, target, weight}], $undirected ['*'] or []. Returns: nodes, relationships.
UNWIND $edges AS edge
MATCH (s:Entity {id: edge.source})
MATCH (t:Entity {id: edge.target})
UNWIND range(1, CASE WHEN edge.weight < 1 THEN 1 WHEN edge.weight > 10 THEN 10 ELSE edge.weight END) AS copy
WITH gds.graph.project($graphName, s, t, {}, {undirectedRelationshipTypes: $undirected}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
