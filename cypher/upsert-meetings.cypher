// Creates or updates meetings; statements made at one keep its day (s.meetingDay, '' when unknown; a FOREACH over a pattern comprehension taken in WITH: SET on the null of an OPTIONAL MATCH fails on Grafeo, and an OPTIONAL MATCH + collect made the shipped meetings import 15 % slower, this 9 %). Params: $rows [{id, props, evidence}] (props.date an ISO day, stored as a DATE; evidence ids are added to those already there). Returns: count.
UNWIND $rows AS row
MERGE (m:Meeting:Entity {id: row.id})
SET m += row.props
SET m.date = date(m.date)
SET m.evidence = coalesce(m.evidence, []) + [x IN coalesce(row.evidence, []) WHERE NOT x IN coalesce(m.evidence, [])]
WITH m, [(s:Statement)-[:MADE_AT]->(m) | s] AS made
FOREACH (x IN made | SET x.meetingDay = coalesce(toString(m.date), ''))
RETURN count(m) AS count
