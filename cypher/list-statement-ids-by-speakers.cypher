// Statements spoken by any of the actors (an anchor of the statements listing). Params: $ids [actor id]. Returns: id.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})<-[:SPOKEN_BY]-(s:Statement)
RETURN DISTINCT s.id AS id
