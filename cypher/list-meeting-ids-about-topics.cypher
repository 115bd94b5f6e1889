// Meetings about any of the topics (an anchor of the meetings listing). Params: $ids [topic id]. Returns: id.
UNWIND $ids AS topicId
MATCH (t:Topic {id: topicId})<-[:ABOUT]-(m:Meeting)
RETURN DISTINCT m.id AS id
