// Full-text search (Neo4j's FULLTEXT index entity_search on searchText, Lucene BM25), with the resolutions, meetings and allegations about the topics the text names. Params: $query string (normalised words, space-separated: no Lucene syntax), $limit int, $topicIds [topic id] ([]: none). Returns: id, label, score (BM25; 0 for a hit only about a topic), topicIds (the given topics it is about); each id once, best first.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit}) YIELD node, score
  RETURN node.id AS id, score
  UNION ALL
  MATCH (t:Topic)<-[:ABOUT]-(n)
  WHERE t.id IN $topicIds AND (n:Resolution OR n:Meeting OR n:Allegation)
  WITH DISTINCT n.id AS id
  ORDER BY id
  LIMIT $limit
  RETURN id, 0.0 AS score
}
WITH id, max(score) AS score
MATCH (n:Entity {id: id})
RETURN n.id AS id, CASE WHEN n:Actor THEN 'Actor' WHEN n:Resolution THEN 'Resolution' WHEN n:Meeting THEN 'Meeting' WHEN n:Document THEN 'Document' ELSE 'Allegation' END AS label, score,
  [(n)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds | t.id] AS topicIds
ORDER BY score DESC, id
