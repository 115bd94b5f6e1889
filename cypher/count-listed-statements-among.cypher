// How many of the candidate statements page-statements-among lists. Params: $candidateIds [statement id] (the ids its relationship filters allow, from their anchor queries), and as page-statements-among, without order and paging. Returns: total.
UNWIND $candidateIds AS candidateId
MATCH (s:Statement {id: candidateId})
WHERE ($direct IS NULL OR s.direct = $direct)
  AND ($quoteValues IS NULL OR s.quote IN $quoteValues)
  AND ($quoteContains IS NULL OR toLower(s.quote) CONTAINS $quoteContains)
  AND ($quoteStartsWith IS NULL OR toLower(s.quote) STARTS WITH $quoteStartsWith)
  AND ($quoteWords IS NULL OR all(word IN $quoteWords WHERE toLower(s.quote) CONTAINS word))
RETURN count(s) AS total
