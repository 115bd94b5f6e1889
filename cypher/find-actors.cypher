// Actors by id. Params: $ids [string]. Returns: actor {id, kind, name, aliases, description, evidence}.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a {...Actor} AS actor
