// Full-text search (Neo4j's FULLTEXT index entity_search on searchText, Lucene BM25). Params: $query string (normalised words, space-separated: no Lucene syntax), $limit int. Returns: id, label, score (best first).
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, CASE WHEN node:Actor THEN 'Actor' WHEN node:Resolution THEN 'Resolution' WHEN node:Meeting THEN 'Meeting' WHEN node:Document THEN 'Document' ELSE 'Allegation' END AS label, score
ORDER BY score DESC, id
