// Every source record merged into each actor, with the merge reason, and the unsure matches. Params: $ids [actor id]. Returns: parentId, record {...}, status, rule, reason.
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)<-[m:RESOLVED_TO|POSSIBLE_MATCH]-(s:SourceRecord)
RETURN a.id AS parentId, s {...SourceRecord} AS record, CASE type(m) WHEN 'RESOLVED_TO' THEN 'MERGED' ELSE 'POSSIBLE' END AS status, m.rule AS rule, m.reason AS reason
ORDER BY status, record.id, parentId
