// The first $end allegations by id (descending), filtered: their ids only, the page's nodes are loaded by id (a TopIds page, src/repo/listing.ts: ORDER BY and LIMIT on RETURN over plain columns, no SKIP, no CASE, so that Grafeo keeps only the top rows; on Neo4j al.id IS NOT NULL lets the id constraint's index give the rows in order). Params: $statuses [string]|null, $statedFrom|$statedTo|null (YYYY-MM-DD), $summaryValues [string]|null, $summaryContains|$summaryStartsWith|null (lower case), $words [string]|null (normalised words of summary and quotes), $end int (skip + limit + 1; the caller drops the first skip). Returns: id. Relationship filters go to page-allegations-among; with no filter at all, page-all-allegation-ids…; page-allegation-ids is the other direction.
MATCH (al:Allegation)
WHERE ($statuses IS NULL OR al.status IN $statuses)
  AND ($summaryValues IS NULL OR al.summary IN $summaryValues)
  AND ($summaryContains IS NULL OR toLower(al.summary) CONTAINS $summaryContains)
  AND ($summaryStartsWith IS NULL OR toLower(al.summary) STARTS WITH $summaryStartsWith)
  AND ($statedFrom IS NULL OR al.statedOn >= $statedFrom)
  AND ($statedTo IS NULL OR al.statedOn <= $statedTo)
  AND ($words IS NULL OR all(word IN $words WHERE (' ' + al.searchText + ' ') CONTAINS (' ' + word + ' ')))
  AND al.id IS NOT NULL // neo4j only: reads the index in order (Grafeo would test it on every row)
RETURN al.id AS id
ORDER BY id DESC
LIMIT $end
