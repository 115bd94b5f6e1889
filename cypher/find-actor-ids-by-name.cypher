// Actors whose name or alias has the normalised key. Params: $key string. Returns: id, name, kind, canonical (their own name), actor (as find-actors returns it), ordered canonical first.
MATCH (n:Name {key: $key})-[:NAME_OF]->(a:Actor)
WITH DISTINCT a
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.nameKey = $key AS canonical, a {...Actor} AS actor
ORDER BY canonical DESC, a.name, a.id
