// Unsure entity matches waiting for review. Params: $limit int. Returns: recordId, recordName, actorId, rule, reason.
MATCH (s:SourceRecord)-[m:POSSIBLE_MATCH]->(a:Actor)
RETURN s.id AS recordId, s.name AS recordName, a.id AS actorId, m.rule AS rule, m.reason AS reason
ORDER BY recordId, actorId
LIMIT $limit
