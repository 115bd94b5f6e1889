// Gives statements written before it was kept their meeting's day (s.meetingDay, '' when unknown; a store from an older Dossier; a no-op once done). Params: none. Returns: count.
MATCH (s:Statement)
WHERE s.meetingDay IS NULL
OPTIONAL MATCH (s)-[:MADE_AT]->(m:Meeting)
WITH s, head(collect(toString(m.date))) AS day
SET s.meetingDay = coalesce(day, '')
RETURN count(s) AS count
