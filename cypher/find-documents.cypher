// Documents by id. Params: $ids [string], $withText boolean. Returns: document {id, title, publisher, url, publishedOn, publishedNotBefore, note, chunked, text|null (empty when chunked), length}.
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d {...Document, text: CASE WHEN $withText THEN d.text ELSE null END} AS document
