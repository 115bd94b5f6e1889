// Creates or updates documents. Params: $rows [{id, props}] (publishedOn, publishedNotBefore, coverageFrom, coverageTo: ISO days, stored as DATEs). Returns: count.
UNWIND $rows AS row
MERGE (d:Document:Entity {id: row.id})
SET d += row.props
SET d.publishedOn = date(d.publishedOn), d.publishedNotBefore = date(d.publishedNotBefore), d.coverageFrom = date(d.coverageFrom), d.coverageTo = date(d.coverageTo)
RETURN count(d) AS count
