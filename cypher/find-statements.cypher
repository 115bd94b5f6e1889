// Statements by id, with speaker and meeting ids. Params: $ids [string]. Returns: statement {id, quote, direct, evidence, speakerId, meetingId}.
MATCH (s:Statement)
WHERE s.id IN $ids
OPTIONAL MATCH (s)-[:SPOKEN_BY]->(a:Actor)
OPTIONAL MATCH (s)-[:MADE_AT]->(m:Meeting)
RETURN s {...Statement, speakerId: a.id, meetingId: m.id} AS statement
