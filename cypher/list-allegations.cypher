// One page of allegations, keyset-paginated by id. Params: $topicId|null, $namedIds [id]|null, $claimantIds [id]|null, $status|null, $after|null, $limit int. Returns: id.
MATCH (al:Allegation)
WHERE ($after IS NULL OR al.id > $after)
  AND ($status IS NULL OR al.status = $status)
  AND ($topicId IS NULL OR EXISTS { MATCH (al)-[:ABOUT]->(t:Topic) WHERE t.id = $topicId })
  AND ($namedIds IS NULL OR EXISTS { MATCH (al)-[:NAMES]->(n:Actor) WHERE n.id IN $namedIds })
  AND ($claimantIds IS NULL OR EXISTS { MATCH (al)-[:CLAIMED_BY]->(c:Actor) WHERE c.id IN $claimantIds })
RETURN al.id AS id
ORDER BY al.id
LIMIT $limit
