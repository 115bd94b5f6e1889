// Statements made at any of the meetings (an anchor of the statements listing). Params: $ids [meeting record symbol]. Returns: id.
UNWIND $ids AS symbol
MATCH (m:Meeting {symbol: symbol})<-[:MADE_AT]-(s:Statement)
RETURN DISTINCT s.id AS id
