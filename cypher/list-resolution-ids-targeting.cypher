// Resolutions targeting any of the actors (an anchor of the resolutions listing). Params: $ids [actor id]. Returns: id.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})<-[:TARGETS]-(r:Resolution)
RETURN DISTINCT r.id AS id
