// How many statements page-statement-ids lists. Params: $direct boolean|null, $quoteValues [string]|null, $quoteContains|$quoteStartsWith|null (lower case), $quoteWords [string]|null. Returns: total. Relationship filters ($speakerIds, $meetingSymbols) go to count-listed-statements-among.
MATCH (s:Statement)
WHERE ($direct IS NULL OR s.direct = $direct)
  AND ($quoteValues IS NULL OR s.quote IN $quoteValues)
  AND ($quoteContains IS NULL OR toLower(s.quote) CONTAINS $quoteContains)
  AND ($quoteStartsWith IS NULL OR toLower(s.quote) STARTS WITH $quoteStartsWith)
  AND ($quoteWords IS NULL OR all(word IN $quoteWords WHERE toLower(s.quote) CONTAINS word))
RETURN count(s) AS total
