// Read-only analytics: meetings per year, from their days (DATE values: `.year` of a bound date, no string parsing; undated meetings left out). Params: none. Returns: year, meetings.
MATCH (m:Meeting)
WHERE m.date IS NOT NULL
WITH m.date AS day
RETURN day.year AS year, count(*) AS meetings
ORDER BY year
