// The indicator league table: each county's latest statement of a metric for a period
// (the observation of the newest report, by the rank kept on each observation), ranked.
// Observations carry their county's code and their report's rank, so the ranking reads
// only the observations; counties, evidence and reports are read for the rows returned.
CALL () {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH (o:Observation {metric: $metric, period: $period})
WHERE o.kind = $kind
  AND ($province IS NULL OR o.countyCode STARTS WITH coalesce(provinceCode, 'none'))
  AND (CASE $by WHEN 'GROWTH' THEN o.growthPct ELSE o.value END) IS NOT NULL
WITH o ORDER BY o.countyCode, o.reportRank DESC
WITH o.countyCode AS code, head(collect(o)) AS o
WITH code, o, CASE $by WHEN 'GROWTH' THEN o.growthPct ELSE o.value END AS score
ORDER BY score DESC, code
LIMIT $first
MATCH (c:County {code: code})
MATCH (o)-[e:EVIDENCED_BY]->(r:Report)
RETURN c.code AS code, o {.*} AS observation, {text: e.text, start: e.start, end: e.end, report: r {.*}} AS evidence
ORDER BY score DESC, code
