// Allegations by id, with the claimant's id. Params: $ids [string]. Returns: allegation {id, summary, status, statedOn, statedOnPrecision, note, evidence, claimantId}.
MATCH (al:Allegation)
WHERE al.id IN $ids
RETURN al {.id, .summary, .status, .statedOn, .statedOnPrecision, .note, .evidence, claimantId: head([(al)-[:CLAIMED_BY]->(c:Actor) | c.id])} AS allegation
