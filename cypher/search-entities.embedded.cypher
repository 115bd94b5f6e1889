// Full-text search (the embedded engine's BM25 text index on Entity.searchText). Params: $query string (normalised words, space-separated), $limit int. Returns: id, label, score (best first).
CALL grafeo.search.text('Entity', 'searchText', $query, $limit) YIELD node_id, score
MATCH (n)
WHERE id(n) = node_id AND (n:Actor OR n:Resolution OR n:Meeting OR n:Document OR n:Allegation)
RETURN n.id AS id, CASE WHEN n:Actor THEN 'Actor' WHEN n:Resolution THEN 'Resolution' WHEN n:Meeting THEN 'Meeting' WHEN n:Document THEN 'Document' ELSE 'Allegation' END AS label, score
ORDER BY score DESC, id
