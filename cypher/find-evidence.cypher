// Evidence spans by id. Params: $ids [string]. Returns: evidence {id, documentId, quote, start, end}.
MATCH (e:Evidence)
WHERE e.id IN $ids
RETURN e {.id, .documentId, .quote, .start, .end} AS evidence
