// Recomputes `sanctioned` of these actors (a sanctions entry, a source record with a UN reference number, resolves to them), after an unmerge moved records. Params: $ids [actor id]. Returns: count.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
OPTIONAL MATCH (a)<-[:RESOLVED_TO]-(s:SourceRecord)
WHERE s.referenceNumber IS NOT NULL
WITH a, count(s) AS listed
SET a.sanctioned = listed > 0
RETURN count(a) AS count
