// Every name and alias of each actor, from every source. Params: $ids [actor id]. Returns: parentId, text, source.
MATCH (n:Name)-[r:NAME_OF]->(a:Actor)
WHERE a.id IN $ids
RETURN a.id AS parentId, r.text AS text, r.source AS source
ORDER BY r.source, r.text
