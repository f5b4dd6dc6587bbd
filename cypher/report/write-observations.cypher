// One of the statements that write a group of reports (see report/write.cypher), run in
// the same transaction after it: for each report of $reports,
// its indicators as observations.
UNWIND $reports AS rep
MATCH (r:Report {id: rep.reportId})
OPTIONAL MATCH (c:County {code: rep.countyCode})
// Indicators as observations: one per (county, metric, period, kind, report). The report's
// older observations were removed before this statement, so its links are created afresh.
CALL (r, c, rep) {
  WITH r, c, rep WHERE c IS NOT NULL
  UNWIND rep.observations AS row
  MERGE (o:Observation {id: row.id})
  SET o.metric = row.metric, o.label = row.label, o.period = row.period, o.year = row.year, o.kind = row.kind,
      o.value = row.value, o.unit = row.unit, o.growthPct = row.growthPct, o.reportId = rep.reportId, o.countyCode = rep.countyCode, o.reportRank = rep.rank
  CREATE (c)-[:REPORTED]->(o)
  CREATE (o)-[:EVIDENCED_BY {fact: 'Observation', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end}]->(r)
}
