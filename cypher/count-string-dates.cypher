// How many dates a store written before dates were DATEs still holds as ISO strings (a day, or a relation's year or month): the start-up conversion writes only when there are some. Params: none. Returns: count.
CALL () { MATCH (m:Meeting) WHERE m.date = toString(m.date) AND m.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' RETURN count(m) AS meetings }
CALL () { MATCH (a) WHERE (a:Allegation OR a:RetractedAllegation)
  RETURN count(CASE WHEN a.statedOn = toString(a.statedOn) AND a.statedOn =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN 1 END)
    + count(CASE WHEN a.notBefore = toString(a.notBefore) AND a.notBefore =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN 1 END)
    + count(CASE WHEN a.notAfter = toString(a.notAfter) AND a.notAfter =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN 1 END) AS allegations }
CALL () { MATCH (d:Document)
  RETURN count(CASE WHEN d.publishedOn = toString(d.publishedOn) AND d.publishedOn =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN 1 END)
    + count(CASE WHEN d.publishedNotBefore = toString(d.publishedNotBefore) AND d.publishedNotBefore =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN 1 END)
    + count(CASE WHEN d.coverageFrom = toString(d.coverageFrom) AND d.coverageFrom =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN 1 END)
    + count(CASE WHEN d.coverageTo = toString(d.coverageTo) AND d.coverageTo =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN 1 END) AS documents }
CALL () { MATCH (r:Resolution) WHERE r.adoptedOn = toString(r.adoptedOn) AND r.adoptedOn =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' RETURN count(r) AS resolutions }
CALL () { MATCH (s:SourceRecord)
  RETURN count(CASE WHEN s.listedOn = toString(s.listedOn) AND s.listedOn =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN 1 END)
    + count(CASE WHEN s.listDate = toString(s.listDate) AND s.listDate =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN 1 END) AS records }
CALL () { MATCH (:Actor)-[t:RELATED_TO]->(:Actor)
  RETURN count(CASE WHEN t.since = toString(t.since) AND t.since =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?' THEN 1 END)
    + count(CASE WHEN t.until = toString(t.until) AND t.until =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?' THEN 1 END) AS relations }
RETURN meetings + allegations + documents + resolutions + records + relations AS count
