// The indicator league table: each county's latest statement of a metric for a period,
// ranked. Which observation is a county's latest (the newest report's that gives a value,
// or a growth rate) is kept on the observations by every write and delete
// (report/mark-latest), so the ranking seeks exactly the flagged observations through a
// (metric, period, kind, flag) index — one per county — and keeps the top ones: no
// grouping per request. Only the branch of the ranking asked for runs (the other unwinds
// an empty list). Counties, evidence and reports are read for the rows returned.
CALL () {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
CALL (provinceCode) {
  UNWIND CASE WHEN $by = 'GROWTH' THEN [] ELSE [1] END AS byValue
  MATCH (o:Observation {metric: $metric, period: $period, kind: $kind, latestValue: true})
  WHERE $province IS NULL OR o.countyCode STARTS WITH coalesce(provinceCode, 'none')
  RETURN o, o.value AS score
  UNION ALL
  UNWIND CASE WHEN $by = 'GROWTH' THEN [1] ELSE [] END AS byGrowth
  MATCH (o:Observation {metric: $metric, period: $period, kind: $kind, latestGrowth: true})
  WHERE $province IS NULL OR o.countyCode STARTS WITH coalesce(provinceCode, 'none')
  RETURN o, o.growthPct AS score
}
WITH o, score
ORDER BY score DESC, o.countyCode
LIMIT $first
MATCH (c:County {code: o.countyCode})
MATCH (o)-[e:EVIDENCED_BY]->(r:Report)
RETURN c.code AS code, o {.*} AS observation, {text: e.text, start: e.start, end: e.end, report: r {.*}} AS evidence
ORDER BY score DESC, code
