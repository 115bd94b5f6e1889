// Candidates by id. Params: $ids [string]. Returns: candidate {id, documentId, index, kind, status, confidence, summary, quote, start, end, proposal, draft, facts, answered, decisionCount, createdAt} (proposal, draft and answered are JSON texts).
MATCH (c:Candidate)
WHERE c.id IN $ids
RETURN c {...Candidate} AS candidate
