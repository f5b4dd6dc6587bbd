// The indicator league table: each county's latest statement of a metric for a period, ranked.
CALL {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH (c:County)-[:REPORTED]->(o:Observation {metric: $metric, period: $period, kind: $kind})
WHERE ($province IS NULL OR c.code STARTS WITH coalesce(provinceCode, 'none'))
  AND (CASE $by WHEN 'GROWTH' THEN o.growthPct ELSE o.value END) IS NOT NULL
MATCH (o)-[e:EVIDENCED_BY]->(r:Report)
WITH c, o, e, r ORDER BY r.publishedAt DESC, r.loadedAt DESC
WITH c, head(collect({o: o, e: e, r: r})) AS latest
WITH c, latest.o AS o, latest.e AS e, latest.r AS r
WITH c, o, e, r, CASE $by WHEN 'GROWTH' THEN o.growthPct ELSE o.value END AS score
ORDER BY score DESC, c.code
LIMIT $first
RETURN c.code AS code, o {.*} AS observation, {text: e.text, start: e.start, end: e.end, report: r {.*}} AS evidence
