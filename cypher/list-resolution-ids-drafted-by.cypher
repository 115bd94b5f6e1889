// Resolutions drafted by any of the actors (an anchor of the resolutions listing). Params: $ids [actor id]. Returns: id.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})-[:DRAFTED]->(r:Resolution)
RETURN DISTINCT r.id AS id
