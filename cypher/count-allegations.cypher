// How many allegations match a filter. Params: $topicId|null, $namedIds|null, $claimantIds|null, $status|null. Returns: total.
MATCH (al:Allegation)
WHERE ($status IS NULL OR al.status = $status)
  AND ($topicId IS NULL OR EXISTS { MATCH (al)-[:ABOUT]->(t:Topic) WHERE t.id = $topicId })
  AND ($namedIds IS NULL OR EXISTS { MATCH (al)-[:NAMES]->(n:Actor) WHERE n.id IN $namedIds })
  AND ($claimantIds IS NULL OR EXISTS { MATCH (al)-[:CLAIMED_BY]->(c:Actor) WHERE c.id IN $claimantIds })
RETURN count(al) AS total
