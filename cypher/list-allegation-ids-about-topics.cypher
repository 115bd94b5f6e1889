// Allegations about any of the topics (an anchor of the allegations listing). Params: $ids [topic id]. Returns: id.
UNWIND $ids AS topicId
MATCH (t:Topic {id: topicId})<-[:ABOUT]-(al:Allegation)
RETURN DISTINCT al.id AS id
