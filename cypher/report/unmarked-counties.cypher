// Counties holding observations written before the league table's flags existed
// (report/mark-latest), a batch at a time: marked once when the schema is applied.
MATCH (o:Observation)
WHERE o.latestValue IS NULL AND o.countyCode IS NOT NULL
WITH DISTINCT o.countyCode AS code
LIMIT $limit
RETURN collect(code) AS codes
