// Documents by id. Params: $ids [string], $withText boolean. Returns: document {id, title, publisher, url, publishedOn, publishedNotBefore, note, chunked, text|null (empty when chunked), length}.
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d {.id, .title, .publisher, .url, .publishedOn, .publishedNotBefore, .note, .file, .chunked, text: CASE WHEN $withText THEN d.text ELSE null END, length: coalesce(d.textLength, size(d.text))} AS document
