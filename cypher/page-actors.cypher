// One page of actors, filtered and ordered. Params: $nameValues [string]|null, $nameContains|null, $nameStartsWith|null (lower case), $nameWords [string]|null (normalised words of any name or alias), $kinds [string]|null, $memberOfIds [actor id]|null (MEMBER_OF, PART_OF, LEADER_OF or HEAD_OF), $sanctioned boolean|null, $orderField 'name'|'kind', $descending boolean, $skip int, $limit int. Returns: actor (as find-actors returns it).
MATCH (a:Actor)
WHERE ($nameValues IS NULL OR a.name IN $nameValues)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS $nameContains)
  AND ($nameStartsWith IS NULL OR toLower(a.name) STARTS WITH $nameStartsWith)
  AND ($nameWords IS NULL OR EXISTS { MATCH (a)<-[:NAME_OF]-(n:Name) WHERE all(word IN $nameWords WHERE (' ' + n.key + ' ') CONTAINS (' ' + word + ' ')) })
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($memberOfIds IS NULL OR EXISTS { MATCH (a)-[r:RELATED_TO]->(o:Actor) WHERE o.id IN $memberOfIds AND r.relation IN ['MEMBER_OF', 'PART_OF', 'LEADER_OF', 'HEAD_OF'] })
  AND ($sanctioned IS NULL OR EXISTS { MATCH (a)<-[:RESOLVED_TO]-(s:SourceRecord) WHERE s.referenceNumber IS NOT NULL } = $sanctioned)
WITH a, CASE $orderField WHEN 'kind' THEN a.kind + ' ' + coalesce(a.nameKey, toLower(a.name)) ELSE coalesce(a.nameKey, toLower(a.name)) END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key ELSE null END DESC, a.id
SKIP $skip LIMIT $limit
RETURN a {.id, .kind, .name, .aliases, .description, .evidence} AS actor
