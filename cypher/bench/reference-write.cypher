// The physical reference of the load benchmark: the nodes and relationships a load writes
// for many reports, in one large UNWIND with no extraction, no replacement of older
// versions and no per-report transaction. What the loader is compared with.
UNWIND $reports AS rep
CREATE (r:Report) SET r = rep.report
WITH r, rep
CALL (r, rep) {
  WITH r, rep WHERE rep.county IS NOT NULL
  MERGE (c:County {code: rep.county.code})
  ON CREATE SET c.name = rep.county.name, c.shortName = rep.county.shortName, c.kind = rep.county.kind
  MERGE (p:Province {code: rep.county.provinceCode}) ON CREATE SET p.name = rep.county.province
  MERGE (c)-[:IN]->(p)
  CREATE (r)-[:ABOUT]->(c)
  WITH r, rep, c
  CALL (r, rep, c) {
    UNWIND rep.observations AS row
    CREATE (o:Observation {id: row.id})
    SET o.metric = row.metric, o.label = row.label, o.period = row.period, o.year = row.year, o.kind = row.kind,
        o.value = row.value, o.unit = row.unit, o.growthPct = row.growthPct, o.reportId = rep.reportId, o.countyCode = rep.countyCode
    CREATE (c)-[:REPORTED]->(o)
    CREATE (o)-[:EVIDENCED_BY {fact: 'Observation', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end}]->(r)
  }
  CALL (r, rep, c) {
    UNWIND rep.industries AS row
    MERGE (i:Industry {key: row.key}) ON CREATE SET i.name = row.name
    CREATE (i)-[:EVIDENCED_BY {fact: 'HAS_INDUSTRY', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end, role: row.role}]->(r)
    MERGE (c)-[h:HAS_INDUSTRY]->(i) ON CREATE SET h.sources = [] SET h.sources = h.sources + rep.reportId, h.role = coalesce(row.role, h.role)
  }
  CALL (r, rep, c) {
    UNWIND rep.enterprises AS row
    MERGE (en:Enterprise {key: row.key}) ON CREATE SET en.name = row.name
    CREATE (en)-[:EVIDENCED_BY {fact: 'Enterprise', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end}]->(r)
    MERGE (en)-[l:LOCATED_IN]->(c) ON CREATE SET l.sources = [] SET l.sources = l.sources + rep.reportId
  }
  CALL (r, rep, c) {
    UNWIND rep.projects AS row
    MERGE (p:Project {id: row.id}) ON CREATE SET p.name = row.name
    SET p.investmentYuan = row.investmentYuan, p.status = row.status, p.year = row.year, p.countyCode = rep.countyCode
    CREATE (p)-[:EVIDENCED_BY {fact: 'Project', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end}]->(r)
    MERGE (c)-[hp:HAS_PROJECT]->(p) ON CREATE SET hp.sources = [] SET hp.sources = hp.sources + rep.reportId
    WITH p, row, rep
    CALL (p, row, rep) {
      UNWIND row.enterprises AS ent
      MERGE (en:Enterprise {key: ent.key}) ON CREATE SET en.name = ent.name
      MERGE (en)-[b:BUILDS]->(p) ON CREATE SET b.sources = [] SET b.sources = b.sources + rep.reportId
    }
  }
  CALL (r, rep, c) {
    UNWIND rep.honours AS row
    MERGE (h:Honour {key: row.key}) ON CREATE SET h.name = row.name, h.level = row.level
    CREATE (h)-[:EVIDENCED_BY {fact: 'RECEIVED', recipientKey: row.recipientKey, text: row.evidence.text, start: row.evidence.start, end: row.evidence.end, year: row.year}]->(r)
    MERGE (c)-[rc:RECEIVED]->(h) ON CREATE SET rc.sources = [] SET rc.sources = rc.sources + rep.reportId
  }
}
RETURN count(*) AS reports
