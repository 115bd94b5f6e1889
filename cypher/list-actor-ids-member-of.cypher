// Actors that are members, parts, leaders or heads of any of these actors (an anchor of the actors listing; `memberOf`). Params: $ids [actor id]. Returns: id.
UNWIND $ids AS groupId
MATCH (o:Actor {id: groupId})<-[r:RELATED_TO]-(a:Actor)
WHERE r.relation IN ['MEMBER_OF', 'PART_OF', 'LEADER_OF', 'HEAD_OF']
RETURN DISTINCT a.id AS id
