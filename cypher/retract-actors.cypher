// Takes actors a reviewer added out of the graph without deleting them: Actor and Entity give way to RetractedActor, with the decision that retracted them. Params: $ids [string], $decisionId, $at. Returns: count.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
SET a:RetractedActor, a.retractedBy = $decisionId, a.retractedAt = $at
REMOVE a:Actor:Entity
RETURN count(a) AS count
