// Takes allegations out of the graph without deleting them: the labels every read matches (Allegation, Entity, the status label) give way to RetractedAllegation, with the decision that retracted them. Params: $ids [string], $decisionId, $at. Returns: count.
UNWIND $ids AS id
MATCH (a:Allegation {id: id})
SET a:RetractedAllegation, a.retractedBy = $decisionId, a.retractedAt = $at
REMOVE a:Allegation:Entity:AllegationAlleged:AllegationDenied:AllegationConfirmed:AllegationDisputed
RETURN count(a) AS count
