// Links actor to actor with a relation a reviewer accepted from a document: one edge per accept (its own id, never merged into another source's edge), with its evidence and dates. Params: $rows [{fromId, toId, props {id, relation, evidence, since?, sincePrecision?, until?, untilPrecision?, candidateId, acceptedBy}}]. Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromId}), (b:Actor {id: row.toId})
CREATE (a)-[r:RELATED_TO]->(b)
SET r += row.props
RETURN count(r) AS count
