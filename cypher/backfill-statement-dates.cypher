// Gives statements written before it was kept their meeting's day (s.date; a store from an older Dossier; a no-op once done). Params: none. Returns: count.
MATCH (s:Statement)
WHERE s.date IS NULL
MATCH (s)-[:MADE_AT]->(m:Meeting)
WHERE m.date IS NOT NULL
SET s.date = m.date
RETURN count(s) AS count
