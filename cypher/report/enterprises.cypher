// Enterprises are shared across counties (one node per company), active in the county of the report.
MATCH (r:Report {id: $reportId})
OPTIONAL MATCH (c:County {code: $countyCode})
UNWIND $rows AS row
MERGE (en:Enterprise {key: row.key})
ON CREATE SET en.name = row.name, en.aliases = []
SET en.aliases = CASE WHEN row.name IN en.aliases THEN en.aliases ELSE en.aliases + row.name END
SET en.aliasText = reduce(t = '', a IN en.aliases | t + ' ' + a),
    en.name = CASE WHEN size(row.name) > size(en.name) THEN row.name ELSE en.name END
MERGE (en)-[e:EVIDENCED_BY {fact: 'Enterprise'}]->(r)
SET e.text = row.evidence.text, e.start = row.evidence.start, e.end = row.evidence.end
WITH r, c, en, row
CALL (c, en) {
  WITH c, en WHERE c IS NOT NULL
  MERGE (en)-[l:LOCATED_IN]->(c)
  ON CREATE SET l.sources = []
  SET l.sources = CASE WHEN $reportId IN l.sources THEN l.sources ELSE l.sources + $reportId END
}
CALL (en, row) {
  WITH en, row WHERE row.industryKey IS NOT NULL
  MERGE (i:Industry {key: row.industryKey})
  ON CREATE SET i.name = row.industry, i.aliases = [row.industry], i.aliasText = ' ' + row.industry
  MERGE (en)-[ii:IN_INDUSTRY]->(i)
  ON CREATE SET ii.sources = []
  SET ii.sources = CASE WHEN $reportId IN ii.sources THEN ii.sources ELSE ii.sources + $reportId END
}
