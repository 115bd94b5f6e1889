// Takes accepted evidence off resolutions without losing it: the ids move from evidence (which every read shows) to retractedEvidence. Params: $ids [resolution id], $evidence [evidence id]. Returns: count.
MATCH (r:Resolution)
WHERE r.id IN $ids
SET r.retractedEvidence = coalesce(r.retractedEvidence, []) + [x IN $evidence WHERE x IN coalesce(r.evidence, [])],
  r.evidence = [x IN coalesce(r.evidence, []) WHERE NOT x IN $evidence]
RETURN count(r) AS count
