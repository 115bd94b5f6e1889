// Allegations made by any of the actors (an anchor of the allegations listing). Params: $ids [actor id]. Returns: id.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})<-[:CLAIMED_BY]-(al:Allegation)
RETURN DISTINCT al.id AS id
