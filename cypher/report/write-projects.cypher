// One of the statements that write a group of reports (see report/write.cypher), run in
// the same transaction after it: for each report of $reports,
// its projects.
UNWIND $reports AS rep
MATCH (r:Report {id: rep.reportId})
OPTIONAL MATCH (c:County {code: rep.countyCode})
// The county–project–investment chain, with the industry and the enterprises of each project.
// Each report's figures for the project stay on its evidence, with the report's rank
// (newest first); report/settle-projects then sets the project's figures from them.
CALL (r, c, rep) {
  UNWIND rep.projects AS row
  MATCH (p:Project {id: row.id})
  CREATE (p)-[:EVIDENCED_BY {fact: 'Project', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end, rank: rep.rank,
    investmentYuan: row.investmentYuan, annualInvestmentYuan: row.annualInvestmentYuan, status: row.status, capacity: row.capacity, year: row.year}]->(r)
  WITH r, c, p, row, rep
  CALL (c, p, rep) {
    WITH c, p, rep WHERE c IS NOT NULL
    MERGE (c)-[h:HAS_PROJECT]->(p)
    ON CREATE SET h.sources = []
    SET h.sources = CASE WHEN rep.reportId IN h.sources THEN h.sources ELSE h.sources + rep.reportId END
  }
  CALL (p, row, rep) {
    WITH p, row, rep WHERE row.industryKey IS NOT NULL
    MATCH (i:Industry {key: row.industryKey})
    MERGE (p)-[ii:IN_INDUSTRY]->(i)
    ON CREATE SET ii.sources = []
    SET ii.sources = CASE WHEN rep.reportId IN ii.sources THEN ii.sources ELSE ii.sources + rep.reportId END
  }
  CALL (p, row, rep) {
    UNWIND row.enterprises AS ent
    MATCH (en:Enterprise {key: ent.key})
    MERGE (en)-[b:BUILDS]->(p)
    ON CREATE SET b.sources = []
    SET b.sources = CASE WHEN rep.reportId IN b.sources THEN b.sources ELSE b.sources + rep.reportId END
  }
}
