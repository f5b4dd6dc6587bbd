// Honours, filtered by level, year, province and recipient type; the total and one page.
CALL {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH (h:Honour)
WHERE ($level IS NULL OR h.level = $level)
  AND ($nameContains IS NULL OR h.name CONTAINS $nameContains)
  AND EXISTS {
    ()-[rc:RECEIVED]->(h)
    WHERE ($year IS NULL OR rc.year = $year)
      AND ($province IS NULL OR rc.countyCode STARTS WITH coalesce(provinceCode, 'none'))
      AND ($recipientType IS NULL OR rc.recipientType = $recipientType)
  }
WITH h, COUNT { ()-[:RECEIVED]->(h) } AS recipients
ORDER BY CASE h.level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2 ELSE 3 END, recipients DESC, h.name
WITH collect(h) AS items
RETURN size(items) AS total, [x IN items[$skip..$skip + $limit] | x {.key, .name, .aliases, .level}] AS page
