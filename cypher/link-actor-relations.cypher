// Links actor to actor (part of, head of, member of...), with when the tie began and ended as far as the source says. Params: $rows [{fromId, toId, relation, evidence, since?, sincePrecision?, until?, untilPrecision?}] (ISO dates, precision DAY|MONTH|YEAR). Returns: count.
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromId}), (b:Actor {id: row.toId})
MERGE (a)-[r:RELATED_TO {relation: row.relation}]->(b)
SET r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])],
  r.since = coalesce(row.since, r.since),
  r.sincePrecision = coalesce(row.sincePrecision, r.sincePrecision),
  r.until = coalesce(row.until, r.until),
  r.untilPrecision = coalesce(row.untilPrecision, r.untilPrecision)
RETURN count(r) AS count
