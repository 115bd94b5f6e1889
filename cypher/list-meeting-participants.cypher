// Participants of each meeting. Params: $ids [meeting id]. Returns: parentId, childId, evidence.
MATCH (a:Actor)-[e:PARTICIPATED_IN]->(m:Meeting)
WHERE m.id IN $ids
RETURN m.id AS parentId, a.id AS childId, e.evidence AS evidence
ORDER BY a.name
