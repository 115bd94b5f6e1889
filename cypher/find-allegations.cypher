// Allegations by id, with the claimant's id. Params: $ids [string]. Returns: allegation {id, summary, status, statedOn, statedOnPrecision, note, evidence, claimantId}.
MATCH (al:Allegation)
WHERE al.id IN $ids
OPTIONAL MATCH (al)-[:CLAIMED_BY]->(c:Actor)
RETURN al {.id, .summary, .status, .statedOn, .statedOnPrecision, .note, .evidence, claimantId: c.id} AS allegation
