// Evidence spans by id, with their document (no text). Params: $ids [string]. Returns: evidence {id, documentId, quote, start, end}, document (as find-documents returns it without text, or null).
MATCH (e:Evidence)
WHERE e.id IN $ids
OPTIONAL MATCH (d:Document {id: e.documentId})
RETURN e {...Evidence} AS evidence,
       CASE WHEN d IS NULL THEN null ELSE d {...Document} END AS document
