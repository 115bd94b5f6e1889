// Gives every allegation the status label upsert-allegations keeps (a store from an older Dossier has none). Params: none. Returns: count (allegations whose labels were wrong or missing).
MATCH (a:Allegation)
WHERE coalesce(a.status = 'ALLEGED', false) <> a:AllegationAlleged
   OR coalesce(a.status = 'DENIED', false) <> a:AllegationDenied
   OR coalesce(a.status = 'CONFIRMED', false) <> a:AllegationConfirmed
   OR coalesce(a.status = 'DISPUTED', false) <> a:AllegationDisputed
REMOVE a:AllegationAlleged:AllegationDenied:AllegationConfirmed:AllegationDisputed
FOREACH (_ IN CASE a.status WHEN 'ALLEGED' THEN [1] ELSE [] END | SET a:AllegationAlleged)
FOREACH (_ IN CASE a.status WHEN 'DENIED' THEN [1] ELSE [] END | SET a:AllegationDenied)
FOREACH (_ IN CASE a.status WHEN 'CONFIRMED' THEN [1] ELSE [] END | SET a:AllegationConfirmed)
FOREACH (_ IN CASE a.status WHEN 'DISPUTED' THEN [1] ELSE [] END | SET a:AllegationDisputed)
RETURN count(a) AS count
