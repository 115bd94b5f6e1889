// The first $end actors by kind, then name, for the list asked for with no filter: their ids only, the page's nodes are loaded by id (ListSpec.unfilteredCount: page-all-<ids> of a TopIds page; ORDER BY and LIMIT on RETURN over plain columns, no SKIP, no CASE: Grafeo then keeps only the top rows; `kind, nameKey IS NOT NULL` lets Neo4j read actor_kind_name_idx in order). Params: $end int (skip + limit + 1; the caller drops the first skip). Returns: id. page-all-actor-ids-by-kind-desc is the other direction.
MATCH (a:Actor)
WHERE a.kind IS NOT NULL AND a.nameKey IS NOT NULL // neo4j only: reads the index in order (Grafeo would test it on every row)
RETURN a.id AS id, a.kind AS kind, a.nameKey AS key
ORDER BY kind, key, id
LIMIT $end
