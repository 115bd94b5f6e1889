// Topics of each resolution or allegation. Params: $ids [entity id]. Returns: parentId, childId, evidence.
MATCH (n:Entity)-[r:ABOUT]->(t:Topic)
WHERE n.id IN $ids
RETURN n.id AS parentId, t.id AS childId, r.evidence AS evidence
ORDER BY t.key, n.id
