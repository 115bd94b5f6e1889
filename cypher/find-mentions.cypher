// Mentions by id, with their document. Params: $ids [string]. Returns: mention {id, documentId, text, start, end, confidence, actorId, choices, via, decisionCount}.
MATCH (m:Mention)-[:MENTIONED_IN]->(d:Document)
WHERE m.id IN $ids
RETURN m {.id, documentId: d.id, .text, .start, .end, .confidence, .actorId, .choices, .via, .decisionCount} AS mention
