// The report, its county, and the county's place in the gazetteer.
MERGE (r:Report {id: $report.id})
SET r += $report
WITH r
CALL (r) {
  WITH r WHERE $county IS NOT NULL
  MERGE (c:County {code: $county.code})
  SET c.name = $county.name, c.shortName = $county.shortName, c.kind = $county.kind
  MERGE (p:Province {code: $county.provinceCode})
  SET p.name = $county.province
  MERGE (r)-[:ABOUT]->(c)
  WITH c, p
  CALL (c, p) {
    WITH c, p WHERE $county.prefectureCode IS NOT NULL
    MERGE (f:Prefecture {code: $county.prefectureCode})
    SET f.name = $county.prefecture
    MERGE (c)-[:IN]->(f)
    MERGE (f)-[:IN]->(p)
  }
  CALL (c, p) {
    WITH c, p WHERE $county.prefectureCode IS NULL
    MERGE (c)-[:IN]->(p)
  }
}
RETURN r.id AS id
