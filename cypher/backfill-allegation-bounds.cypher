// Gives undated allegations written before they were kept the bounds their documents give (notAfter: the earliest publishedOn; notBefore: the earliest publishedNotBefore when no document gives its day), as upsert-allegations keeps them (a store from an older Dossier; a no-op once done). Params: none. Returns: count.
MATCH (a:Allegation)
WHERE a.statedOn IS NULL AND a.notBefore IS NULL AND a.notAfter IS NULL
CALL (a) {
  UNWIND coalesce(a.evidence, []) AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  MATCH (d:Document {id: e.documentId})
  RETURN min(d.publishedOn) AS publishedOn, min(d.publishedNotBefore) AS publishedNotBefore
}
WITH a, publishedOn, publishedNotBefore
WHERE publishedOn IS NOT NULL OR publishedNotBefore IS NOT NULL
SET a.notAfter = publishedOn, a.notBefore = CASE WHEN publishedOn IS NULL THEN publishedNotBefore END
RETURN count(a) AS count
