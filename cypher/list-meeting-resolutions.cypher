// Resolutions adopted at each meeting. Params: $ids [meeting id]. Returns: parentId, childId, child (the resolution, as find-resolutions returns it).
MATCH (m:Meeting)
WHERE m.id IN $ids
MATCH (m)<-[:ADOPTED_AT]-(r:Resolution)
RETURN m.id AS parentId, r.id AS childId, r {.id, .number, .symbol, .year, .title, .adoptedOn, .votesFor, .votesAgainst, .abstentions, .unanimous, .adoptedWithoutVote, .cosponsorCount, .chapter, .note, .agendaItem, .draftSymbol, .coveredBy, .evidence, adoptedAtId: m.id} AS child
ORDER BY r.number, m.id
