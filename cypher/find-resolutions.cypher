// Resolutions by id, with the meeting that adopted them. Params: $ids [string]. Returns: resolution {...props, adoptedAtId}.
MATCH (r:Resolution)
WHERE r.id IN $ids
OPTIONAL MATCH (r)-[:ADOPTED_AT]->(m:Meeting)
RETURN r {.id, .number, .symbol, .year, .title, .adoptedOn, .votesFor, .votesAgainst, .abstentions, .unanimous, .adoptedWithoutVote, .cosponsorCount, .chapter, .note, .agendaItem, .draftSymbol, .coveredBy, .evidence, adoptedAtId: m.id} AS resolution
