// How many actors page-actors lists. Params: as page-actors, without order and paging. Returns: total.
MATCH (a:Actor)
WHERE ($nameValues IS NULL OR a.name IN $nameValues)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS $nameContains)
  AND ($nameStartsWith IS NULL OR toLower(a.name) STARTS WITH $nameStartsWith)
  AND ($nameWords IS NULL OR EXISTS { MATCH (a)<-[:NAME_OF]-(n:Name) WHERE all(word IN $nameWords WHERE (' ' + n.key + ' ') CONTAINS (' ' + word + ' ')) })
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($memberOfIds IS NULL OR EXISTS { MATCH (a)-[r:RELATED_TO]->(o:Actor) WHERE o.id IN $memberOfIds AND r.relation IN ['MEMBER_OF', 'PART_OF', 'LEADER_OF', 'HEAD_OF'] })
  AND ($sanctioned IS NULL OR EXISTS { MATCH (a)<-[:RESOLVED_TO]-(s:SourceRecord) WHERE s.referenceNumber IS NOT NULL } = $sanctioned)
RETURN count(a) AS total
