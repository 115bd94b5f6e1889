// Every resolution with its adoption day, topic keys and agenda item, for references that describe a resolution without its number. Params: none. Returns: number, adoptedOn, topics [string], agenda (string|null).
MATCH (r:Resolution)
WHERE r.adoptedOn IS NOT NULL
RETURN r.number AS number, r.adoptedOn AS adoptedOn, [(r)-[:ABOUT]->(t:Topic) | t.key] AS topics, r.agendaItem AS agenda
ORDER BY number
