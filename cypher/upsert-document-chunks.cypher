// Stores a long document text in ordered chunks (a property holds at most 16 MiB on the embedded engine). Params: $rows [{id, documentId, index, text}]. Returns: count.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (c:TextChunk {id: row.id})
SET c.documentId = row.documentId, c.index = row.index, c.text = row.text
MERGE (d)-[:HAS_CHUNK]->(c)
RETURN count(c) AS count
