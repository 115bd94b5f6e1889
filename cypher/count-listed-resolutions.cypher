// How many resolutions page-resolutions lists. Params: as page-resolutions, without order and paging. Returns: total. Relationship filters ($topicId, $drafterIds, $targetIds) and exact years ($yearValues, an index seek) go to count-listed-resolutions-among.
MATCH (r:Resolution)
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
