// Projects across counties, filtered and sorted; the total and one page, each project with
// its industry and enterprises (so the API needs no second query for them). The search
// starts from the most selective filter given — the industry, else the enterprise, else the
// county or province (a prefix of the county code, through its index) — and only that
// anchor runs (the branches exclude each other, so UNION ALL): each branch unwinds a list that is empty unless its case holds (a WHERE on
// parameters alone would be checked after the branch's scan, not before). The industry is
// then known to hold for every row; the other filters are checked on the anchor's rows.
CALL () {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
WITH CASE WHEN $county IS NOT NULL THEN $county WHEN $province IS NOT NULL THEN coalesce(provinceCode, 'none') ELSE '' END AS prefix
CALL (prefix) {
  UNWIND CASE WHEN $industryKey IS NOT NULL THEN [$industryKey] ELSE [] END AS key
  MATCH (:Industry {key: key})<-[:IN_INDUSTRY]-(p:Project)
  RETURN p
  UNION ALL
  UNWIND CASE WHEN $industryKey IS NULL AND $enterpriseKey IS NOT NULL THEN [$enterpriseKey] ELSE [] END AS key
  MATCH (:Enterprise {key: key})-[:BUILDS]->(p:Project)
  RETURN p
  UNION ALL
  UNWIND CASE WHEN $industryKey IS NULL AND $enterpriseKey IS NULL AND prefix <> '' THEN [prefix] ELSE [] END AS codePrefix
  MATCH (p:Project) WHERE p.countyCode STARTS WITH codePrefix
  RETURN p
  UNION ALL
  UNWIND CASE WHEN $industryKey IS NULL AND $enterpriseKey IS NULL AND prefix = '' THEN [1] ELSE [] END AS everything
  MATCH (p:Project)
  RETURN p
}
WITH p, prefix
WHERE (prefix = '' OR p.countyCode STARTS WITH prefix)
  AND ($county IS NULL OR p.countyCode = $county)
  AND ($status IS NULL OR p.status = $status)
  AND ($year IS NULL OR p.year = $year)
  AND ($minInvestment IS NULL OR p.investmentYuan >= $minInvestment)
  AND ($maxInvestment IS NULL OR p.investmentYuan <= $maxInvestment)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains)
  AND ($enterpriseKey IS NULL OR EXISTS { (:Enterprise {key: $enterpriseKey})-[:BUILDS]->(p) })
WITH p ORDER BY CASE WHEN $descending THEN coalesce(p[$field], -1e30) END DESC, CASE WHEN NOT $descending THEN p[$field] END ASC, p.name
WITH collect(p) AS items
WITH size(items) AS total, items[$skip..$skip + $limit] AS slice
CALL (slice) {
  UNWIND slice AS x
  RETURN collect(x {.*, links: {id: x.id, county: x.countyCode,
    industry: head(COLLECT { MATCH (x)-[:IN_INDUSTRY]->(i:Industry) RETURN i {.key, .name, .aliases} }),
    enterprises: COLLECT { MATCH (e:Enterprise)-[:BUILDS]->(x) RETURN e {.key, .name, .aliases} },
    // and its county's row (as api/counties-by-code): a page's counties cost no second query either
    countyRow: head(COLLECT { MATCH (c:County {code: x.countyCode})
      OPTIONAL MATCH (c)-[:IN]->(f:Prefecture)
      OPTIONAL MATCH (c)-[:IN*1..2]->(pr:Province)
      RETURN {code: c.code, county: c {.code, .name, .shortName, .kind}, prefecture: f {.code, .name}, province: pr {.code, .name}} })}}) AS page
}
RETURN total, page
