// Meetings by id. Params: $ids [string]. Returns: meeting {id, kind, title, date, datePrecision, dateText, symbol, note, evidence}.
MATCH (m:Meeting)
WHERE m.id IN $ids
RETURN m {.id, .kind, .title, .date, .datePrecision, .dateText, .symbol, .note, .evidence} AS meeting
