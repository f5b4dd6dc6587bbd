// The periods a metric is reported for, with how many counties report each (the choices
// of the league table). Reads the metric's observations through their (metric, period) index.
CALL () {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH (o:Observation)
WHERE o.metric = $metric AND o.period IS NOT NULL AND o.kind = $kind
  AND ($province IS NULL OR o.countyCode STARTS WITH coalesce(provinceCode, 'none'))
RETURN o.period AS period, count(DISTINCT o.countyCode) AS counties
ORDER BY period DESC
