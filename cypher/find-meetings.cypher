// Meetings by id. Params: $ids [string]. Returns: meeting {id, kind, title, date, datePrecision, dateText, symbol, pressRelease, agenda, presidentialStatements, note, evidence}.
MATCH (m:Meeting)
WHERE m.id IN $ids
RETURN m {...Meeting} AS meeting
