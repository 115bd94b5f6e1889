// The first $end actors by name (descending), filtered: their ids only, the page's nodes are loaded by id (a TopIds page, src/repo/listing.ts: ORDER BY and LIMIT on RETURN over plain columns, no SKIP, no CASE, so that Grafeo keeps only the top rows; on Neo4j a.nameKey IS NOT NULL lets actor_name_key_idx give the rows in order). Params: $nameValues [string]|null, $nameContains|null, $nameStartsWith|null (lower case), $kinds [string]|null, $sanctioned boolean|null (a.sanctioned, kept by link-source-records), $end int (skip + limit + 1; the caller drops the first skip). Returns: id. Relationship filters go to page-actors-among; with no filter at all, page-all-actor-ids…; page-actor-ids is the other direction.
MATCH (a:Actor)
WHERE ($nameValues IS NULL OR a.name IN $nameValues)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS $nameContains)
  AND ($nameStartsWith IS NULL OR toLower(a.name) STARTS WITH $nameStartsWith)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($sanctioned IS NULL OR coalesce(a.sanctioned, false) = $sanctioned)
  AND a.nameKey IS NOT NULL // neo4j only: reads the index in order (Grafeo would test it on every row)
RETURN a.id AS id, a.nameKey AS key
ORDER BY key DESC, id
LIMIT $end
