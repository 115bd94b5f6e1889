// The text chunks of long documents, in order. Params: $ids [document id]. Returns: parentId, index, text.
MATCH (d:Document)-[:HAS_CHUNK]->(c:TextChunk)
WHERE d.id IN $ids
RETURN d.id AS parentId, c.index AS index, c.text AS text
ORDER BY parentId, index
