// The indicator league table: each county's latest statement of a metric for a period,
// ranked. Which observation is a county's latest (the newest report's that gives a value,
// or a growth rate) is kept on the observations by every write and delete
// (report/mark-latest), so the ranking reads the metric's observations through their
// (metric, period) index and sorts the flagged ones: no grouping per request. Counties,
// evidence and reports are read for the rows returned.
CALL () {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH (o:Observation {metric: $metric, period: $period})
WHERE o.kind = $kind
  AND ($province IS NULL OR o.countyCode STARTS WITH coalesce(provinceCode, 'none'))
  AND CASE $by WHEN 'GROWTH' THEN o.latestGrowth ELSE o.latestValue END
WITH o, CASE $by WHEN 'GROWTH' THEN o.growthPct ELSE o.value END AS score
ORDER BY score DESC, o.countyCode
LIMIT $first
MATCH (c:County {code: o.countyCode})
MATCH (o)-[e:EVIDENCED_BY]->(r:Report)
RETURN c.code AS code, o {.*} AS observation, {text: e.text, start: e.start, end: e.end, report: r {.*}} AS evidence
ORDER BY score DESC, code
