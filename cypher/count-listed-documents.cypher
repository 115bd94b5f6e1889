// How many documents page-documents lists. Params: as page-documents, without order and paging. Returns: total.
MATCH (d:Document)
WHERE ($titleValues IS NULL OR d.title IN $titleValues)
  AND ($titleContains IS NULL OR toLower(d.title) CONTAINS $titleContains)
  AND ($titleStartsWith IS NULL OR toLower(d.title) STARTS WITH $titleStartsWith)
  AND ($publisherValues IS NULL OR d.publisher IN $publisherValues)
  AND ($publisherContains IS NULL OR toLower(d.publisher) CONTAINS $publisherContains)
  AND ($publisherStartsWith IS NULL OR toLower(d.publisher) STARTS WITH $publisherStartsWith)
  AND ($words IS NULL OR all(word IN $words WHERE (' ' + d.searchText + ' ') CONTAINS (' ' + word + ' ')))
  AND ($publishedFrom IS NULL OR coalesce(d.publishedOn, d.publishedNotBefore) >= $publishedFrom)
  AND ($publishedTo IS NULL OR coalesce(d.publishedOn, d.publishedNotBefore) <= $publishedTo)
RETURN count(d) AS total
