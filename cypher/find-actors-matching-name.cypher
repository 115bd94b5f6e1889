// Actors with a name or alias holding every token, in any order (tokens of normaliseName). Params: $tokens [string], $key string (the tokens joined), $limit int. Returns: id, name, kind, exact (a name equals the tokens joined), ordered exact first, then by name.
MATCH (n:Name)-[:NAME_OF]->(a:Actor)
WHERE all(token IN $tokens WHERE (' ' + n.key + ' ') CONTAINS (' ' + token + ' '))
WITH a, max(CASE WHEN n.key = $key THEN 1 ELSE 0 END) AS exact
RETURN a.id AS id, a.name AS name, a.kind AS kind, exact = 1 AS exact
ORDER BY exact DESC, name, id
LIMIT $limit
