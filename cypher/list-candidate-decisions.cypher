// The decisions taken on each candidate, oldest first. Params: $ids [candidate id]. Returns: parentId, decision {id, candidateId, seq, actor, at, action, reason, edit, before, after, facts} (edit, before and after are JSON texts).
MATCH (c:Candidate)-[:DECIDED]->(x:Decision)
WHERE c.id IN $ids
RETURN c.id AS parentId, x {.id, .candidateId, .seq, .actor, .at, .action, .reason, .edit, .before, .after, .facts} AS decision
ORDER BY parentId, x.seq
