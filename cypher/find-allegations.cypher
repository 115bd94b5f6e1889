// Allegations by id, with the claimant's id. Params: $ids [string]. Returns: allegation {id, summary, status, statedOn, statedOnPrecision, note, evidence, claimantId, claimant (the actor, as find-actors returns it, or null)}.
MATCH (al:Allegation)
WHERE al.id IN $ids
RETURN al {...Allegation} AS allegation
