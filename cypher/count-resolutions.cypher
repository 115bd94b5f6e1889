// How many resolutions match a filter. Params: $fromYear|null, $toYear|null, $text|null, $outcome|null. Returns: total.
MATCH (r:Resolution)
WHERE ($fromYear IS NULL OR r.year >= $fromYear)
  AND ($toYear IS NULL OR r.year <= $toYear)
  AND ($text IS NULL OR r.searchText CONTAINS $text)
  AND ($outcome IS NULL OR ($outcome = 'UNANIMOUS' AND r.unanimous = true) OR ($outcome = 'CONTESTED' AND (r.votesAgainst > 0 OR r.abstentions > 0)) OR ($outcome = 'WITHOUT_VOTE' AND r.adoptedWithoutVote = true))
RETURN count(r) AS total
