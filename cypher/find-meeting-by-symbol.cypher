// The meeting with a record symbol such as S/PV.7587. Params: $symbol string. Returns: id.
MATCH (m:Meeting {symbol: $symbol})
RETURN m.id AS id
