// Text search over actors, resolutions, meetings, documents and allegations (normalised substring). Params: $q string, $limit int. Returns: id, label, score.
MATCH (n:Entity)
WHERE (n:Actor OR n:Resolution OR n:Meeting OR n:Document OR n:Allegation) AND n.searchText CONTAINS $q
WITH n, CASE WHEN n.nameKey = $q THEN 3 WHEN n.nameKey STARTS WITH $q THEN 2 ELSE 1 END AS score,
     CASE WHEN n:Actor THEN 'Actor' WHEN n:Resolution THEN 'Resolution' WHEN n:Meeting THEN 'Meeting' WHEN n:Document THEN 'Document' ELSE 'Allegation' END AS label
RETURN n.id AS id, label, score
ORDER BY score DESC, label, id
LIMIT $limit
