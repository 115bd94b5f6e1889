// Each source's own record of an actor (a sanctions entry, a voting member state), kept as given. Params: $rows [{id, labels: 'SanctionListing'|null, props, evidence}] (props.listedOn, props.listDate: ISO days, stored as DATEs; eventDates stay ISO strings as precise as eventDatePrecisions, '' when undated: a stored list holds no nulls). Returns: count.
UNWIND $rows AS row
MERGE (s:SourceRecord {id: row.id})
SET s += row.props
SET s.listedOn = date(s.listedOn), s.listDate = date(s.listDate)
SET s.evidence = coalesce(s.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(s.evidence, [])]
RETURN count(s) AS count
