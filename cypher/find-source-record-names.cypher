// A source record's own name. Params: $id (record id). Returns: id, name.
MATCH (s:SourceRecord {id: $id})
RETURN s.id AS id, s.name AS name
