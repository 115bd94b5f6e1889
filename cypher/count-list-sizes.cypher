// What the store holds that bounds an operation's cost before it runs (read by src/graphql/limits.ts at most once a minute; ≈ 0.6 s on the UN data on Grafeo). Params: none. Returns: maxTextLength (the longest document text, UTF-16 code units), states (STATE actors), topics, allegationsPerState (most allegations naming one state), namedPerAllegation (most actors one allegation names), evidencePerNode and evidencePerEdge (most evidence spans on one fact), topicSizes (per topic with allegations naming states: key, aliasKeys, states named, most allegations naming one state; what the flagship can return for that topic).
CALL () { MATCH (d:Document) RETURN coalesce(max(coalesce(d.textLength, size(d.text))), 0) AS maxTextLength }
CALL () { MATCH (s:Actor) WHERE s.kind = 'STATE' RETURN count(s) AS states }
CALL () { MATCH (t:Topic) RETURN count(t) AS topics }
CALL () { MATCH (al:Allegation)-[:NAMES]->(s:Actor)
  WHERE s.kind = 'STATE'
  WITH s, count(DISTINCT al) AS naming
  RETURN coalesce(max(naming), 0) AS allegationsPerState }
CALL () { MATCH (al:Allegation) RETURN coalesce(max(size([(al)-[:NAMES]->(named:Actor) | named.id])), 0) AS namedPerAllegation }
CALL () { MATCH (n) WHERE n.evidence IS NOT NULL RETURN coalesce(max(size(n.evidence)), 0) AS evidencePerNode }
CALL () { MATCH ()-[r]->() WHERE r.evidence IS NOT NULL RETURN coalesce(max(size(r.evidence)), 0) AS evidencePerEdge }
CALL () { MATCH (t:Topic)<-[:ABOUT]-(al:Allegation)-[:NAMES]->(s:Actor)
  WHERE s.kind = 'STATE'
  WITH t, s, count(DISTINCT al) AS naming
  WITH t, count(s) AS states, max(naming) AS perState
  RETURN collect({key: t.key, aliasKeys: coalesce(t.aliasKeys, []), states: states, allegationsPerState: perState}) AS topicSizes }
RETURN maxTextLength, states, topics, allegationsPerState, namedPerAllegation, evidencePerNode, evidencePerEdge, topicSizes
