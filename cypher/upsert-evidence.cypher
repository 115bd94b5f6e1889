// Creates evidence spans and links each to its document. Params: $rows [{id, documentId, quote, start, end}]. Returns: count.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (e:Evidence {id: row.id})
SET e.quote = row.quote, e.start = row.start, e.end = row.end, e.documentId = row.documentId
MERGE (e)-[:FROM]->(d)
RETURN count(e) AS count
