// The meeting with a record symbol such as S/PV.7587. Params: $symbol string. Returns: meeting (as find-meetings returns it).
MATCH (m:Meeting {symbol: $symbol})
RETURN m {...Meeting} AS meeting
