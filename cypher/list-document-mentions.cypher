// The names found in each document, in text order. Params: $ids [document id]. Returns: parentId, mention {id, text, start, end, confidence, actorId, choices, via}.
MATCH (m:Mention)-[:MENTIONED_IN]->(d:Document)
WHERE d.id IN $ids
RETURN d.id AS parentId, m {.id, .text, .start, .end, .confidence, .actorId, .choices, .via} AS mention
ORDER BY parentId, m.start, m.end
