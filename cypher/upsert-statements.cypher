// Creates or updates statements (`meetingDay`, the list's sort key, starts '': link-statement-meetings sets it). Params: $rows [{id, props, evidence}] (evidence ids are added to those already there). Returns: count.
UNWIND $rows AS row
MERGE (s:Statement:Entity {id: row.id})
SET s += row.props
SET s.evidence = coalesce(s.evidence, []) + [x IN coalesce(row.evidence, []) WHERE NOT x IN coalesce(s.evidence, [])]
SET s.meetingDay = coalesce(s.meetingDay, '')
RETURN count(s) AS count
