// Undoes a merge: the record gets its own actor again (names and votes move with it: move-record-names, move-record-votes), the old actor stays as a possible match. Params: $recordId, $newActorId, $name, $nameKey, $reason. Returns: oldId, newId. Both actors' `sanctioned` is recomputed afterwards (refresh-actor-sanctioned).
MATCH (s:SourceRecord {id: $recordId})-[m:RESOLVED_TO]->(old:Actor)
WHERE old.id <> $newActorId
MERGE (fresh:Actor:Entity {id: $newActorId})
ON CREATE SET fresh.kind = old.kind, fresh.name = $name, fresh.nameKey = $nameKey, fresh.searchText = $nameKey, fresh.evidence = s.evidence, fresh.description = 'Split from ' + old.name + ' by hand', fresh.sanctioned = false
DELETE m
MERGE (s)-[r:RESOLVED_TO]->(fresh)
SET r.rule = 'manual-split', r.reason = $reason
MERGE (s)-[p:POSSIBLE_MATCH]->(old)
SET p.rule = 'undone-merge', p.reason = $reason
RETURN old.id AS oldId, fresh.id AS newId
