// One of the statements that write a group of reports (see report/write.cypher), run in
// the same transaction after it: for each report of $reports,
// its industries.
UNWIND $reports AS rep
MATCH (r:Report {id: rep.reportId})
OPTIONAL MATCH (c:County {code: rep.countyCode})
// Industries are shared across counties; the county's role in each comes from its reports.
CALL (r, c, rep) {
  UNWIND rep.industries AS row
  MATCH (i:Industry {key: row.key})
  CREATE (i)-[:EVIDENCED_BY {fact: 'HAS_INDUSTRY', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end, role: row.role}]->(r)
  WITH r, c, i, row, rep WHERE c IS NOT NULL
  MERGE (c)-[h:HAS_INDUSTRY]->(i)
  ON CREATE SET h.sources = [], h.roles = []
  SET h.sources = CASE WHEN rep.reportId IN h.sources THEN h.sources ELSE h.sources + rep.reportId END,
      h.roles = CASE WHEN row.role IS NULL OR row.role IN h.roles THEN h.roles ELSE h.roles + row.role END
  SET h.role = CASE WHEN 'leading' IN h.roles THEN 'leading' WHEN 'characteristic' IN h.roles THEN 'characteristic' WHEN 'emerging' IN h.roles THEN 'emerging' ELSE null END
}
