// The first $end allegations by the day stated (undated first) (descending), for the list asked for with no filter: their ids only, the page's nodes are loaded by id (ListSpec.unfilteredCount: page-all-<ids> of a TopIds page; ORDER BY and LIMIT on RETURN over plain columns, no SKIP, no CASE: Grafeo then keeps only the top rows). Params: $end int (skip + limit + 1; the caller drops the first skip). Returns: id. page-all-allegation-ids-by-day is the other direction.
MATCH (al:Allegation)
RETURN al.id AS id, coalesce(al.statedOn, '') AS key
ORDER BY key DESC, id
LIMIT $end
