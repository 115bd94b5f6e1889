// Takes statements out of the graph without deleting them: Statement and Entity give way to RetractedStatement, with the decision that retracted them. Params: $ids [string], $decisionId, $at. Returns: count.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
SET s:RetractedStatement, s.retractedBy = $decisionId, s.retractedAt = $at
REMOVE s:Statement:Entity
RETURN count(s) AS count
