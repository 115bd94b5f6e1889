// States named by allegations about a topic (by key or alias), with their roles. Params: $topicKey string (normalised). Returns: stateId, name, state (as find-actors returns it), roles, allegations (as find-allegations returns them, by id), ordered by state name.
MATCH (t:Topic)
WHERE t.key = $topicKey OR $topicKey IN t.aliasKeys
WITH t
ORDER BY t.key
LIMIT 1
MATCH (t)<-[:ABOUT]-(al:Allegation)-[r:NAMES]->(s:Actor)
WHERE s.kind = 'STATE'
WITH s, r, al
ORDER BY r.role, al.id
WITH s, collect(DISTINCT r.role) AS roles, collect(DISTINCT al {.id, .summary, .status, .statedOn, .statedOnPrecision, .note, .evidence, claimantId: head([(al)-[:CLAIMED_BY]->(c:Actor) | c.id]), claimant: head([(al)-[:CLAIMED_BY]->(c:Actor) | c {.id, .kind, .name, .aliases, .description, .evidence}])}) AS allegations
RETURN s.id AS stateId, s.name AS name, s {.id, .kind, .name, .aliases, .description, .evidence} AS state, roles, allegations
ORDER BY name
