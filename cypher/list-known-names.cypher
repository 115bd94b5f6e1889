// Every name and alias of every actor, for the ingestion gazetteer. Params: none. Returns: actorId, name, kind.
MATCH (n:Name)-[r:NAME_OF]->(a:Actor)
RETURN a.id AS actorId, r.text AS name, a.kind AS kind
ORDER BY actorId, name
