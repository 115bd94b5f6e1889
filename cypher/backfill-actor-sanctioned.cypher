// Gives `sanctioned` to actors written before it was kept (a store from an older Dossier; a no-op once done). Params: none. Returns: count.
MATCH (a:Actor)
WHERE a.sanctioned IS NULL
OPTIONAL MATCH (a)<-[:RESOLVED_TO]-(s:SourceRecord)
WHERE s.referenceNumber IS NOT NULL
WITH a, count(s) AS listed
SET a.sanctioned = listed > 0
RETURN count(a) AS count
