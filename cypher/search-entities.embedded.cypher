// Full-text search (the embedded engine's BM25 text index on Entity.searchText), with the resolutions, meetings and allegations about the topics the text names. Params: $query string (normalised words, space-separated), $limit int, $topicIds [topic id] ([]: none). Returns: id, label, score (BM25; 0 for a hit only about a topic), topicIds (the given topics it is about); each id once, best first.
CALL () {
  CALL grafeo.search.text('Entity', 'searchText', $query, $limit) YIELD node_id, score
  MATCH (n)
  WHERE id(n) = node_id AND (n:Actor OR n:Resolution OR n:Meeting OR n:Document OR n:Allegation)
  RETURN n.id AS id, score
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
