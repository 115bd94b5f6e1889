// The months of the rows each source lists, for the gaps in what it covers: meetings by day and resolutions by adoption day whose coverage (coveredBy, see mark-coverage) names the source. Params: none. Returns: documentId, field (the list the source gives of those rows, e.g. resolutions), label (Meeting|Resolution), month (YYYY-MM), first, last (YYYY-MM-DD), rows.
CALL () {
  MATCH (m:Meeting)
  WHERE m.coveredBy IS NOT NULL AND m.date IS NOT NULL
  RETURN m.id AS id, 'Meeting' AS label, m.coveredBy AS coveredBy, toString(m.date) AS day
  UNION ALL
  MATCH (r:Resolution)
  WHERE r.coveredBy IS NOT NULL AND r.adoptedOn IS NOT NULL
  RETURN r.id AS id, 'Resolution' AS label, r.coveredBy AS coveredBy, toString(r.adoptedOn) AS day
}
UNWIND coveredBy AS covered
WITH split(covered, '|') AS parts, id, label, day
RETURN parts[1] AS documentId, parts[0] AS field, label, substring(day, 0, 7) AS month, min(day) AS first, max(day) AS last, count(DISTINCT id) AS rows
ORDER BY documentId, field, label, month
