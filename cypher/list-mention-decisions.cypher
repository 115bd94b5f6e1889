// The decisions taken on each mention (resolving it to an actor), oldest first. Params: $ids [mention id]. Returns: parentId, decision {id, mentionId, seq, actor, at, action, reason, edit, before, after, facts} (edit, before and after are JSON texts).
MATCH (m:Mention)-[:DECIDED]->(x:Decision)
WHERE m.id IN $ids
RETURN m.id AS parentId, x {.id, .mentionId, .seq, .actor, .at, .action, .reason, .edit, .before, .after, .facts} AS decision
ORDER BY parentId, x.seq
