// One of the statements that write a group of reports (see report/write.cypher), run in
// the same transaction after it: for each report of $reports,
// its enterprises.
UNWIND $reports AS rep
MATCH (r:Report {id: rep.reportId})
OPTIONAL MATCH (c:County {code: rep.countyCode})
// Enterprises are shared across counties (one node per company), active in the county of the report.
CALL (r, c, rep) {
  UNWIND rep.enterprises AS row
  MATCH (en:Enterprise {key: row.key})
  CREATE (en)-[:EVIDENCED_BY {fact: 'Enterprise', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end}]->(r)
  WITH r, c, en, row, rep
  CALL (c, en, rep) {
    WITH c, en, rep WHERE c IS NOT NULL
    MERGE (en)-[l:LOCATED_IN]->(c)
    ON CREATE SET l.sources = []
    SET l.sources = CASE WHEN rep.reportId IN l.sources THEN l.sources ELSE l.sources + rep.reportId END
  }
  CALL (en, row, rep) {
    WITH en, row, rep WHERE row.industryKey IS NOT NULL
    MATCH (i:Industry {key: row.industryKey})
    MERGE (en)-[ii:IN_INDUSTRY]->(i)
    ON CREATE SET ii.sources = []
    SET ii.sources = CASE WHEN rep.reportId IN ii.sources THEN ii.sources ELSE ii.sources + rep.reportId END
  }
}
