// How many of the candidate resolutions page-resolutions-among lists. Params: $candidateIds [resolution id] (the ids its relationship filters allow, from their anchor queries), and as page-resolutions-among, without order and paging. Returns: total.
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
RETURN count(r) AS total
