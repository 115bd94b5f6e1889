// Stores the names found in a document (actorId null while unresolved), each linked to it (MENTIONED_IN). Params: $rows [{id, documentId, props}]. Returns: count.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (m:Mention {id: row.id})
SET m += row.props
MERGE (m)-[:MENTIONED_IN]->(d)
RETURN count(m) AS count
