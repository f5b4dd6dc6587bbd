// Counties with reports, filtered and sorted; the total and one page of codes.
CALL {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH (c:County)
WHERE EXISTS { (c)<-[:ABOUT]-(:Report) }
  AND ($province IS NULL OR c.code STARTS WITH coalesce(provinceCode, 'none'))
  AND ($prefecture IS NULL OR EXISTS { (c)-[:IN]->(f:Prefecture) WHERE f.name STARTS WITH $prefecture })
  AND ($industryKey IS NULL OR EXISTS { (c)-[:HAS_INDUSTRY]->(:Industry {key: $industryKey}) })
  AND ($honourLevel IS NULL OR EXISTS { ()-[rc:RECEIVED]->(h:Honour {level: $honourLevel}) WHERE rc.countyCode = c.code })
  AND ($nameContains IS NULL OR c.name CONTAINS $nameContains)
  AND ($metric IS NULL OR EXISTS {
    (c)-[:REPORTED]->(o:Observation)
    WHERE o.metric = $metric.metric AND o.kind = $metric.kind
      AND ($metric.period IS NULL OR o.period = $metric.period)
      AND ($metric.minValue IS NULL OR o.value >= $metric.minValue)
      AND ($metric.maxValue IS NULL OR o.value <= $metric.maxValue)
      AND ($metric.minGrowthPct IS NULL OR o.growthPct >= $metric.minGrowthPct)
      AND ($metric.maxGrowthPct IS NULL OR o.growthPct <= $metric.maxGrowthPct)
  })
WITH c,
  CASE $orderBy
    WHEN 'PROJECTS_DESC' THEN COUNT { (c)-[:HAS_PROJECT]->() }
    WHEN 'HONOURS_DESC' THEN COUNT { ()-[rc:RECEIVED]->() WHERE rc.countyCode = c.code }
    WHEN 'INVESTMENT_DESC' THEN reduce(s = 0.0, x IN COLLECT { MATCH (c)-[:HAS_PROJECT]->(p:Project) RETURN coalesce(p.investmentYuan, 0) } | s + x)
    ELSE 0
  END AS score
ORDER BY score DESC, CASE $orderBy WHEN 'CODE_ASC' THEN c.code ELSE c.name END, c.code
WITH collect(c.code) AS codes
RETURN size(codes) AS total, codes[$skip..$skip + $limit] AS page
