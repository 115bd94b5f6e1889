// The loaded resolutions numbered just below and just above a number, with their adoption days (where a missing number would fall in time). Params: $number int. Returns: before {number, adoptedOn}|null, after {number, adoptedOn}|null.
CALL () {
  MATCH (b:Resolution)
  WHERE b.number < $number AND b.adoptedOn IS NOT NULL
  WITH b ORDER BY b.number DESC LIMIT 1
  RETURN collect({number: b.number, adoptedOn: toString(b.adoptedOn)}) AS before
}
CALL () {
  MATCH (a:Resolution)
  WHERE a.number > $number AND a.adoptedOn IS NOT NULL
  WITH a ORDER BY a.number LIMIT 1
  RETURN collect({number: a.number, adoptedOn: toString(a.adoptedOn)}) AS after
}
RETURN head(before) AS before, head(after) AS after
