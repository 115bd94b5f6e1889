// Links actor to actor (part of, head of, member of...), with when the tie began and ended as far as the source says. Params: $rows [{fromId, toId, relation, evidence, since?, sincePrecision?, until?, untilPrecision?}] (since, until: ISO dates as precise as their precision, 2012, 2012-01 or 2012-01-15; stored as the DATE of their first day, read back cut to their precision by actor.repo). Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromId}), (b:Actor {id: row.toId})
MERGE (a)-[r:RELATED_TO {relation: row.relation}]->(b)
SET r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])],
  r.since = coalesce(date(CASE size(row.since) WHEN 4 THEN row.since + '-01-01' WHEN 7 THEN row.since + '-01' ELSE row.since END), r.since),
  r.sincePrecision = coalesce(row.sincePrecision, r.sincePrecision),
  r.until = coalesce(date(CASE size(row.until) WHEN 4 THEN row.until + '-01-01' WHEN 7 THEN row.until + '-01' ELSE row.until END), r.until),
  r.untilPrecision = coalesce(row.untilPrecision, r.untilPrecision)
RETURN count(r) AS count
