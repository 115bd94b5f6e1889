// Links actor to actor with a relation a reviewer accepted from a document: one edge per accept (its own id, never merged into another source's edge), with its evidence and dates. Params: $rows [{fromId, toId, props {id, relation, evidence, since?, sincePrecision?, until?, untilPrecision?, candidateId, acceptedBy}}] (since, until: ISO dates as precise as their precision, stored as the DATE of their first day, as link-actor-relations stores them). Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromId}), (b:Actor {id: row.toId})
CREATE (a)-[r:RELATED_TO]->(b)
SET r += row.props
SET r.since = date(CASE size(r.since) WHEN 4 THEN r.since + '-01-01' WHEN 7 THEN r.since + '-01' ELSE r.since END),
  r.until = date(CASE size(r.until) WHEN 4 THEN r.until + '-01-01' WHEN 7 THEN r.until + '-01' ELSE r.until END)
RETURN count(r) AS count
