// States named by allegations about a topic, with their roles. Params: $topicId string. Returns: stateId, roles, allegationIds (ordered by state name).
MATCH (t:Topic {id: $topicId})<-[:ABOUT]-(al:Allegation)-[r:NAMES]->(s:Actor)
WHERE s.kind = 'STATE'
WITH s, r, al
ORDER BY r.role, al.id
RETURN s.id AS stateId, s.name AS name, collect(DISTINCT r.role) AS roles, collect(DISTINCT al.id) AS allegationIds
ORDER BY name
