// How many allegations page-allegation-ids lists. Params: $statuses [string]|null, $statedFrom|$statedTo|null (YYYY-MM-DD), $summaryValues [string]|null, $summaryContains|$summaryStartsWith|null (lower case), $words [string]|null (normalised words of summary and quotes). Returns: total. Relationship filters ($topicId, $namedIds, $claimantIds) go to count-listed-allegations-among.
MATCH (al:Allegation)
WHERE ($statuses IS NULL OR al.status IN $statuses)
  AND ($summaryValues IS NULL OR al.summary IN $summaryValues)
  AND ($summaryContains IS NULL OR toLower(al.summary) CONTAINS $summaryContains)
  AND ($summaryStartsWith IS NULL OR toLower(al.summary) STARTS WITH $summaryStartsWith)
  AND ($statedFrom IS NULL OR al.statedOn >= $statedFrom)
  AND ($statedTo IS NULL OR al.statedOn <= $statedTo)
  AND ($words IS NULL OR all(word IN $words WHERE (' ' + al.searchText + ' ') CONTAINS (' ' + word + ' ')))
RETURN count(al) AS total
