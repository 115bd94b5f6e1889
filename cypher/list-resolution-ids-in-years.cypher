// Resolutions of any of the years (an anchor of the resolutions listing: an index seek on Resolution.year). Params: $ids [int] (years). Returns: id.
UNWIND $ids AS year
MATCH (r:Resolution {year: year})
RETURN DISTINCT r.id AS id
