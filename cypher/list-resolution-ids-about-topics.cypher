// Resolutions about any of the topics (an anchor of the resolutions listing). Params: $ids [topic id]. Returns: id.
UNWIND $ids AS topicId
MATCH (t:Topic {id: topicId})<-[:ABOUT]-(r:Resolution)
RETURN DISTINCT r.id AS id
