// Stores the candidate facts extracted from a document, each linked to it (FOUND_IN). Params: $rows [{id, documentId, props}]. Returns: count.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (c:Candidate {id: row.id})
SET c += row.props
MERGE (c)-[:FOUND_IN]->(d)
RETURN count(c) AS count
