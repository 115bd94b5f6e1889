// One page of documents (articles and data files), filtered and ordered. Params: $titleValues|$publisherValues [string]|null, $titleContains|$publisherContains|null, $titleStartsWith|$publisherStartsWith|null (lower case), $words [string]|null, $publishedFrom|$publishedTo|null (YYYY-MM-DD; publishedNotBefore where the day is unknown), $orderField 'published'|'title', $descending boolean, $skip int, $limit int. Returns: document (as find-documents returns it, without text).
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
WITH d, CASE $orderField WHEN 'title' THEN coalesce(d.title, '') ELSE coalesce(d.publishedOn, d.publishedNotBefore, '') END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key ELSE null END DESC, d.id
SKIP $skip LIMIT $limit
RETURN d {.id, .title, .publisher, .url, .publishedOn, .publishedNotBefore, .note, .file, .chunked, text: null, length: coalesce(d.textLength, size(d.text))} AS document
