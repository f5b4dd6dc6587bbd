// Counties ranked by the honours they and the units in them received.
CALL {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH ()-[rc:RECEIVED]->(h:Honour)
WHERE rc.countyCode IS NOT NULL
  AND ($level IS NULL OR h.level = $level)
  AND ($year IS NULL OR rc.year = $year)
  AND ($province IS NULL OR rc.countyCode STARTS WITH coalesce(provinceCode, 'none'))
WITH rc.countyCode AS code, count(*) AS count,
  sum(CASE h.level WHEN 'national' THEN 1 ELSE 0 END) AS national,
  sum(CASE h.level WHEN 'provincial' THEN 1 ELSE 0 END) AS provincial,
  sum(CASE h.level WHEN 'municipal' THEN 1 ELSE 0 END) AS municipal
ORDER BY count DESC, national DESC, code
LIMIT $first
RETURN code, count, national, provincial, municipal
