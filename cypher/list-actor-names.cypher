// Every name and alias of each actor, from every source. Params: $ids [actor id]. Returns: parentId, text, source.
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)<-[r:NAME_OF]-(n:Name)
RETURN a.id AS parentId, r.text AS text, r.source AS source
ORDER BY r.source, r.text, a.id
