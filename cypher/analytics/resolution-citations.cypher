// Read-only analytics: the citation network of resolutions. Params: none. Returns: citing, cited, relation.
MATCH (a:Resolution)-[e:RECALLS]->(b:Resolution)
RETURN a.number AS citing, b.number AS cited, e.relation AS relation
ORDER BY citing, cited
