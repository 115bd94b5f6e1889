// Every loaded source (articles, official documents, data files) with what it covers. Params: none. Returns: document (as find-documents returns it, without text), kind, covers [string], from, to (YYYY-MM-DD|null), rows int|null (data rows of an imported file), importedAt (when an imported file finished loading; null otherwise).
MATCH (d:Document)
RETURN d {...Document} AS document,
  coalesce(d.sourceKind, 'DOCUMENT') AS kind, coalesce(d.covers, []) AS covers, d.coverageFrom AS from, d.coverageTo AS to, d.importRows AS rows, d.importedAt AS importedAt
ORDER BY kind, from, d.id
