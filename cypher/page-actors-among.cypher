// One page of the candidate actors, filtered and ordered. Params: $candidateIds [actor id] (the ids its relationship filters allow, from their anchor queries), $nameValues [string]|null, $nameContains|null, $nameStartsWith|null (lower case), $kinds [string]|null, $sanctioned boolean|null (a.sanctioned, kept by link-source-records), $orderField 'name'|'kind', $descending boolean, $skip int, $limit int. Returns: actor (as find-actors returns it).
UNWIND $candidateIds AS candidateId
MATCH (a:Actor {id: candidateId})
WHERE ($nameValues IS NULL OR a.name IN $nameValues)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS $nameContains)
  AND ($nameStartsWith IS NULL OR toLower(a.name) STARTS WITH $nameStartsWith)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($sanctioned IS NULL OR coalesce(a.sanctioned, false) = $sanctioned)
WITH a, CASE $orderField WHEN 'kind' THEN a.kind + ' ' + coalesce(a.nameKey, toLower(a.name)) ELSE coalesce(a.nameKey, toLower(a.name)) END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key ELSE null END DESC, a.id
SKIP $skip LIMIT $limit
RETURN a {.id, .kind, .name, .aliases, .description, .evidence} AS actor
