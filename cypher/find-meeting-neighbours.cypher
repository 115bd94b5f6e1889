// The loaded Council meetings whose record numbers (S/PV.<n>, symbolNumber) are just below and just above a number, with their days (where a missing record would fall in time). Params: $number int. Returns: before {number, date}|null, after {number, date}|null.
CALL () {
  MATCH (b:Meeting)
  WHERE b.symbolNumber < $number AND b.date IS NOT NULL
  WITH b ORDER BY b.symbolNumber DESC LIMIT 1
  RETURN collect({number: b.symbolNumber, date: toString(b.date)}) AS before
}
CALL () {
  MATCH (a:Meeting)
  WHERE a.symbolNumber > $number AND a.date IS NOT NULL
  WITH a ORDER BY a.symbolNumber LIMIT 1
  RETURN collect({number: a.symbolNumber, date: toString(a.date)}) AS after
}
RETURN head(before) AS before, head(after) AS after
