// Turns the ISO-string dates of a store written before dates were DATEs into DATEs, once (only strings match, so a second run converts nothing; a relation's year or month becomes its first day, its precision already beside it; a string that is no ISO date is left as it is). Params: none. Returns: count (values converted, as count-string-dates counts them).
CALL () { MATCH (m:Meeting) WHERE m.date = toString(m.date) AND m.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET m.date = date(m.date)
  RETURN count(m) AS meetings }
CALL () { MATCH (a) WHERE (a:Allegation OR a:RetractedAllegation) AND a.statedOn = toString(a.statedOn) AND a.statedOn =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET a.statedOn = date(a.statedOn)
  RETURN count(a) AS statedOn }
CALL () { MATCH (a) WHERE (a:Allegation OR a:RetractedAllegation) AND a.notBefore = toString(a.notBefore) AND a.notBefore =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET a.notBefore = date(a.notBefore)
  RETURN count(a) AS notBefore }
CALL () { MATCH (a) WHERE (a:Allegation OR a:RetractedAllegation) AND a.notAfter = toString(a.notAfter) AND a.notAfter =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET a.notAfter = date(a.notAfter)
  RETURN count(a) AS notAfter }
CALL () { MATCH (d:Document) WHERE d.publishedOn = toString(d.publishedOn) AND d.publishedOn =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET d.publishedOn = date(d.publishedOn)
  RETURN count(d) AS publishedOn }
CALL () { MATCH (d:Document) WHERE d.publishedNotBefore = toString(d.publishedNotBefore) AND d.publishedNotBefore =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET d.publishedNotBefore = date(d.publishedNotBefore)
  RETURN count(d) AS publishedNotBefore }
CALL () { MATCH (d:Document) WHERE d.coverageFrom = toString(d.coverageFrom) AND d.coverageFrom =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET d.coverageFrom = date(d.coverageFrom)
  RETURN count(d) AS coverageFrom }
CALL () { MATCH (d:Document) WHERE d.coverageTo = toString(d.coverageTo) AND d.coverageTo =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET d.coverageTo = date(d.coverageTo)
  RETURN count(d) AS coverageTo }
CALL () { MATCH (r:Resolution) WHERE r.adoptedOn = toString(r.adoptedOn) AND r.adoptedOn =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET r.adoptedOn = date(r.adoptedOn)
  RETURN count(r) AS adoptedOn }
CALL () { MATCH (s:SourceRecord) WHERE s.listedOn = toString(s.listedOn) AND s.listedOn =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET s.listedOn = date(s.listedOn)
  RETURN count(s) AS listedOn }
CALL () { MATCH (s:SourceRecord) WHERE s.listDate = toString(s.listDate) AND s.listDate =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  SET s.listDate = date(s.listDate)
  RETURN count(s) AS listDate }
CALL () { MATCH (:Actor)-[t:RELATED_TO]->(:Actor) WHERE t.since = toString(t.since) AND t.since =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?'
  SET t.since = date(CASE size(t.since) WHEN 4 THEN t.since + '-01-01' WHEN 7 THEN t.since + '-01' ELSE t.since END)
  RETURN count(t) AS since }
CALL () { MATCH (:Actor)-[t:RELATED_TO]->(:Actor) WHERE t.until = toString(t.until) AND t.until =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?'
  SET t.until = date(CASE size(t.until) WHEN 4 THEN t.until + '-01-01' WHEN 7 THEN t.until + '-01' ELSE t.until END)
  RETURN count(t) AS until }
RETURN meetings + statedOn + notBefore + notAfter + publishedOn + publishedNotBefore + coverageFrom + coverageTo + adoptedOn + listedOn + listDate + since + until AS count
