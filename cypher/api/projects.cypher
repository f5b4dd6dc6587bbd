// Projects across counties, filtered and sorted; the total and one page.
CALL {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH (p:Project)
WHERE ($county IS NULL OR p.countyCode = $county)
  AND ($province IS NULL OR p.countyCode STARTS WITH coalesce(provinceCode, 'none'))
  AND ($status IS NULL OR p.status = $status)
  AND ($year IS NULL OR p.year = $year)
  AND ($minInvestment IS NULL OR p.investmentYuan >= $minInvestment)
  AND ($maxInvestment IS NULL OR p.investmentYuan <= $maxInvestment)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains)
  AND ($industryKey IS NULL OR EXISTS { (p)-[:IN_INDUSTRY]->(:Industry {key: $industryKey}) })
  AND ($enterpriseKey IS NULL OR EXISTS { (:Enterprise {key: $enterpriseKey})-[:BUILDS]->(p) })
WITH p ORDER BY CASE WHEN $descending THEN coalesce(p[$field], -1e30) END DESC, CASE WHEN NOT $descending THEN p[$field] END ASC, p.name
WITH collect(p) AS items
RETURN size(items) AS total, [x IN items[$skip..$skip + $limit] | x {.*}] AS page
