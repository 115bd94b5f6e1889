// The resolution with a number. Params: $number int. Returns: id, resolution (as find-resolutions returns it).
MATCH (r:Resolution {number: $number})
OPTIONAL MATCH (r)-[:ADOPTED_AT]->(m:Meeting)
RETURN r.id AS id, r {.id, .number, .symbol, .year, .title, .adoptedOn, .votesFor, .votesAgainst, .abstentions, .unanimous, .adoptedWithoutVote, .cosponsorCount, .chapter, .note, .agendaItem, .draftSymbol, .coveredBy, .evidence, adoptedAtId: m.id} AS resolution
