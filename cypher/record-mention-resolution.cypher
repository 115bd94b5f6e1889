// Resolves a mention to an actor and records the decision, only if no other decision came first (its decisionCount is still $seen). Params: $mentionId, $seen int, $actorId, $decision {id, mentionId, seq, actor, at, action, reason, before, after}. Returns: id (no row when the mention is unknown or was decided meanwhile).
MATCH (m:Mention {id: $mentionId})
WHERE coalesce(m.decisionCount, 0) = $seen
SET m.actorId = $actorId, m.decisionCount = $seen + 1
CREATE (x:Decision)
SET x = $decision
CREATE (m)-[:DECIDED]->(x)
RETURN x.id AS id
