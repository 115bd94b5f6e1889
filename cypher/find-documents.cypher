// Documents by id. Params: $ids [string], $withText boolean. Returns: document {id, title, publisher, url, publishedOn, publishedNotBefore, note, text|null, length}.
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d {.id, .title, .publisher, .url, .publishedOn, .publishedNotBefore, .note, .file, text: CASE WHEN $withText THEN d.text ELSE null END, length: size(d.text)} AS document
