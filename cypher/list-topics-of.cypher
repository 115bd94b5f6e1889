// Topics of each resolution, meeting or allegation. Params: $ids [entity id]. Returns: parentId, childId, evidence, child (the topic, as list-topics returns it).
MATCH (n:Entity)-[r:ABOUT]->(t:Topic)
WHERE n.id IN $ids
RETURN n.id AS parentId, t.id AS childId, r.evidence AS evidence, t {...Topic} AS child
ORDER BY t.key, n.id
