// States named by allegations about a topic (by key or alias), with their roles. Params: $topicKey string (normalised). Returns: stateId, name, state (as find-actors returns it), roles, allegations (as find-allegations returns them, by id), claimants (how many distinct actors make those allegations); ordered by claimants (most first), then by name.
MATCH (t:Topic)
WHERE t.key = $topicKey OR $topicKey IN t.aliasKeys
WITH t
ORDER BY t.key
LIMIT 1
MATCH (t)<-[:ABOUT]-(al:Allegation)-[r:NAMES]->(s:Actor)
WHERE s.kind = 'STATE'
WITH s, r, al, head([(al)-[:CLAIMED_BY]->(c:Actor) | c.id]) AS claimantId
ORDER BY r.role, al.id
WITH s, collect(DISTINCT r.role) AS roles, collect(DISTINCT al {...Allegation}) AS allegations, count(DISTINCT claimantId) AS claimants
RETURN s.id AS stateId, s.name AS name, s {...Actor} AS state, roles, allegations, claimants
ORDER BY claimants DESC, name
