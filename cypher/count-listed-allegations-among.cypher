// How many of the candidate allegations page-allegations-among lists. Params: $candidateIds [allegation id] (the ids its relationship filters allow, from their anchor queries), and as page-allegations-among, without order and paging. Returns: total.
UNWIND $candidateIds AS candidateId
MATCH (al:Allegation {id: candidateId})
WHERE ($statuses IS NULL OR al.status IN $statuses)
  AND ($summaryValues IS NULL OR al.summary IN $summaryValues)
  AND ($summaryContains IS NULL OR toLower(al.summary) CONTAINS $summaryContains)
  AND ($summaryStartsWith IS NULL OR toLower(al.summary) STARTS WITH $summaryStartsWith)
  AND ($statedFrom IS NULL OR al.statedOn >= $statedFrom)
  AND ($statedTo IS NULL OR al.statedOn <= $statedTo)
  AND ($words IS NULL OR all(word IN $words WHERE (' ' + al.searchText + ' ') CONTAINS (' ' + word + ' ')))
RETURN count(al) AS total
