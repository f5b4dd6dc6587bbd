// Enterprises, filtered; the total and one page.
CALL {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH (e:Enterprise)
WHERE ($nameContains IS NULL OR e.name CONTAINS $nameContains OR e.aliasText CONTAINS $nameContains)
  AND ($county IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:County {code: $county}) })
  AND ($province IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(c:County) WHERE c.code STARTS WITH coalesce(provinceCode, 'none') })
  AND ($industryKey IS NULL OR EXISTS { (e)-[:IN_INDUSTRY]->(:Industry {key: $industryKey}) })
WITH e ORDER BY e.name
WITH collect(e) AS items
RETURN size(items) AS total, [x IN items[$skip..$skip + $limit] | x {.key, .name, .aliases}] AS page
