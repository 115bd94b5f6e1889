// The first $end allegations by id (descending), for the list asked for with no filter: their ids only, the page's nodes are loaded by id (ListSpec.unfilteredCount: page-all-<ids> of a TopIds page; ORDER BY and LIMIT on RETURN over plain columns, no SKIP, no CASE: Grafeo then keeps only the top rows; `al.id IS NOT NULL` lets Neo4j read the id index in order). Params: $end int (skip + limit + 1; the caller drops the first skip). Returns: id. page-all-allegation-ids is the other direction.
MATCH (al:Allegation)
WHERE al.id IS NOT NULL // neo4j only: reads the index in order (Grafeo would test it on every row)
RETURN al.id AS id
ORDER BY id DESC
LIMIT $end
