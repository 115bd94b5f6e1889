// Records a decision on a candidate and sets the candidate's new state, only if no other decision came first (its decisionCount is still $seen). Params: $candidateId, $seen int, $status, $draft (JSON text), $facts [string], $answered (JSON text|null), $decision {id, candidateId, seq, actor, at, action, reason, edit, before, after, facts}. Returns: id (no row when the candidate is unknown or was decided meanwhile).
MATCH (c:Candidate {id: $candidateId})
WHERE coalesce(c.decisionCount, 0) = $seen
SET c.status = $status, c.draft = $draft, c.facts = $facts, c.answered = $answered, c.decisionCount = $seen + 1
CREATE (x:Decision)
SET x = $decision
CREATE (c)-[:DECIDED]->(x)
RETURN x.id AS id
