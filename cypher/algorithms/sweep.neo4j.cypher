// Drops Dossier's GDS graphs (named dossier-…) projected more than $olderThanMs ago by Neo4j's clock: leaks of a Dossier that died mid-algorithm. Params: $olderThanMs. Returns: graphName (one row per graph dropped).
CALL gds.graph.list() YIELD graphName, creationTime
WITH graphName AS name, creationTime
WHERE name STARTS WITH 'dossier-' AND creationTime <= datetime() - duration({milliseconds: $olderThanMs})
CALL gds.graph.drop(name, false) YIELD graphName
RETURN graphName
