// One page of the candidate allegations, filtered and ordered. Params: $candidateIds [allegation id] (the ids its relationship filters allow, from their anchor queries), $statuses [string]|null, $statedFrom|$statedTo|null (YYYY-MM-DD), $summaryValues [string]|null, $summaryContains|$summaryStartsWith|null (lower case), $words [string]|null (normalised words of summary and quotes), $orderField 'id'|'stated_on', $descending boolean, $skip int, $limit int. Returns: allegation (as find-allegations returns it).
UNWIND $candidateIds AS candidateId
MATCH (al:Allegation {id: candidateId})
WHERE ($statuses IS NULL OR al.status IN $statuses)
  AND ($summaryValues IS NULL OR al.summary IN $summaryValues)
  AND ($summaryContains IS NULL OR toLower(al.summary) CONTAINS $summaryContains)
  AND ($summaryStartsWith IS NULL OR toLower(al.summary) STARTS WITH $summaryStartsWith)
  AND ($statedFrom IS NULL OR al.statedOn >= $statedFrom)
  AND ($statedTo IS NULL OR al.statedOn <= $statedTo)
  AND ($words IS NULL OR all(word IN $words WHERE (' ' + al.searchText + ' ') CONTAINS (' ' + word + ' ')))
WITH al, CASE $orderField WHEN 'stated_on' THEN coalesce(al.statedOn, '') ELSE al.id END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key ELSE null END DESC, al.id
SKIP $skip LIMIT $limit
RETURN al {.id, .summary, .status, .statedOn, .statedOnPrecision, .note, .evidence, claimantId: head([(al)-[:CLAIMED_BY]->(c:Actor) | c.id]), claimant: head([(al)-[:CLAIMED_BY]->(c:Actor) | c {.id, .kind, .name, .aliases, .description, .evidence}])} AS allegation
