// One page of the candidate resolutions, filtered and ordered. Params: $candidateIds [resolution id] (the ids its relationship filters allow, from their anchor queries), $numberValues|$yearValues [int]|null, $numberFrom|$numberTo|$yearFrom|$yearTo int|null, $adoptedFrom|$adoptedTo|null (YYYY-MM-DD), $outcome 'UNANIMOUS'|'CONTESTED'|'WITHOUT_VOTE'|null, $orderField 'number'|'adopted_on', $descending boolean, $skip int, $limit int. Returns: resolution (as find-resolutions returns it).
UNWIND $candidateIds AS candidateId
MATCH (r:Resolution {id: candidateId})
WHERE ($numberValues IS NULL OR r.number IN $numberValues)
  AND ($numberFrom IS NULL OR r.number >= $numberFrom)
  AND ($numberTo IS NULL OR r.number <= $numberTo)
  AND ($yearValues IS NULL OR r.year IN $yearValues)
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
  AND ($adoptedFrom IS NULL OR r.adoptedOn >= $adoptedFrom)
  AND ($adoptedTo IS NULL OR r.adoptedOn <= $adoptedTo)
  AND ($outcome IS NULL OR ($outcome = 'UNANIMOUS' AND r.unanimous = true) OR ($outcome = 'CONTESTED' AND (r.votesAgainst > 0 OR r.abstentions > 0)) OR ($outcome = 'WITHOUT_VOTE' AND r.adoptedWithoutVote = true))
WITH r, CASE $orderField WHEN 'adopted_on' THEN coalesce(r.adoptedOn, '') + right('          ' + toString(r.number), 10) ELSE r.number END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key ELSE null END DESC, r.id
SKIP $skip LIMIT $limit
RETURN r {.id, .number, .symbol, .year, .title, .adoptedOn, .votesFor, .votesAgainst, .abstentions, .unanimous, .adoptedWithoutVote, .cosponsorCount, .chapter, .note, .agendaItem, .draftSymbol, .coveredBy, .evidence, adoptedAtId: head([(r)-[:ADOPTED_AT]->(m:Meeting) | m.id])} AS resolution
