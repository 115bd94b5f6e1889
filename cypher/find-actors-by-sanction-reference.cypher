// Actors already holding a sanctions entry with these permanent references (QDe.115…). Params: $refs [string]. Returns: ref, actorId.
MATCH (s:SourceRecord)-[:RESOLVED_TO]->(a:Actor)
WHERE s.permanentReference IN $refs
RETURN DISTINCT s.permanentReference AS ref, a.id AS actorId
