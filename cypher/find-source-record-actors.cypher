// The actor each already-resolved source record belongs to (a decision, once made or undone by hand, is kept). Params: $ids [record id]. Returns: id, actorId.
MATCH (s:SourceRecord)-[:RESOLVED_TO]->(a:Actor)
WHERE s.id IN $ids
RETURN s.id AS id, a.id AS actorId
