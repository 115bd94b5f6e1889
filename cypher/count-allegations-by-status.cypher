// How many allegations have one of these statuses, from the status labels upsert-allegations keeps (Neo4j answers each from its count store, Grafeo from its label index: no scan). Params: $statuses [string]. Returns: total. count-listed-allegations gives the same number for a list filtered by status only.
WITH COUNT { (:AllegationAlleged) } AS alleged, COUNT { (:AllegationDenied) } AS denied,
     COUNT { (:AllegationConfirmed) } AS confirmed, COUNT { (:AllegationDisputed) } AS disputed
RETURN (CASE WHEN 'ALLEGED' IN $statuses THEN alleged ELSE 0 END)
     + (CASE WHEN 'DENIED' IN $statuses THEN denied ELSE 0 END)
     + (CASE WHEN 'CONFIRMED' IN $statuses THEN confirmed ELSE 0 END)
     + (CASE WHEN 'DISPUTED' IN $statuses THEN disputed ELSE 0 END) AS total
