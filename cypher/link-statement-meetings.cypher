// Links statements to the meeting (interview, session) where they were made; the statement keeps its meeting's day (s.meetingDay, its ISO day as a string, '' when unknown: the statements list's sort key). Params: $rows [{statementId, meetingId, evidence}]. Returns: count.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId}), (m:Meeting {id: row.meetingId})
MERGE (s)-[e:MADE_AT]->(m)
SET s.meetingDay = coalesce(toString(m.date), '')
SET e.evidence = coalesce(e.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(e.evidence, [])]
RETURN count(e) AS count
