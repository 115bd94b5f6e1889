// One page of resolutions by number, filtered. Params: $fromYear|null, $toYear|null, $text|null (normalised), $outcome 'UNANIMOUS'|'CONTESTED'|'WITHOUT_VOTE'|null, $afterNumber|null, $limit. Returns: id.
MATCH (r:Resolution)
WHERE ($afterNumber IS NULL OR r.number > $afterNumber)
  AND ($fromYear IS NULL OR r.year >= $fromYear)
  AND ($toYear IS NULL OR r.year <= $toYear)
  AND ($text IS NULL OR r.searchText CONTAINS $text)
  AND ($outcome IS NULL OR ($outcome = 'UNANIMOUS' AND r.unanimous = true) OR ($outcome = 'CONTESTED' AND (r.votesAgainst > 0 OR r.abstentions > 0)) OR ($outcome = 'WITHOUT_VOTE' AND r.adoptedWithoutVote = true))
RETURN r.id AS id
ORDER BY r.number
LIMIT $limit
