// Writes a group of reports after their claim and the removal of their older content:
// for each report, the report, its county chain, and every fact with its evidence, in one
// statement (on a small machine each statement and each commit has a fixed cost; a report
// used to take six statements and a commit of its own). Sections, in order: the report and
// the county's place in the gazetteer; observations; industries; enterprises; projects;
// honours. Evidence is CREATEd: each report's own evidence was removed before this
// statement, rows are unique per fact key, and a group never holds one report twice.
// Nothing here depends on the order reports arrive in: a node's name is chosen from all
// the names seen for it, a project's figures are settled afterwards from its evidence
// (report/settle-projects), and lists of sources compare as sets.
UNWIND $reports AS rep
MERGE (r:Report {id: rep.report.id})
SET r += rep.report
REMOVE r.claim
WITH r, rep
CALL (r, rep) {
  WITH r, rep WHERE rep.county IS NOT NULL
  // Shared places are written only when they change: an unchanged SET still takes a write
  // lock, and every report of a province would queue on the province's node.
  MERGE (c:County {code: rep.county.code})
  ON CREATE SET c.name = rep.county.name, c.shortName = rep.county.shortName, c.kind = rep.county.kind
  FOREACH (_ IN CASE WHEN c.name = rep.county.name AND c.shortName = rep.county.shortName AND c.kind = rep.county.kind THEN [] ELSE [1] END |
    SET c.name = rep.county.name, c.shortName = rep.county.shortName, c.kind = rep.county.kind)
  MERGE (p:Province {code: rep.county.provinceCode})
  ON CREATE SET p.name = rep.county.province
  MERGE (r)-[:ABOUT]->(c)
  WITH c, p, rep
  CALL (c, p, rep) {
    WITH c, p, rep WHERE rep.county.prefectureCode IS NOT NULL
    MERGE (f:Prefecture {code: rep.county.prefectureCode})
    ON CREATE SET f.name = rep.county.prefecture
    MERGE (c)-[:IN]->(f)
    MERGE (f)-[:IN]->(p)
  }
  CALL (c, p, rep) {
    WITH c, p, rep WHERE rep.county.prefectureCode IS NULL
    MERGE (c)-[:IN]->(p)
  }
}
// Names first: every industry, enterprise and project the report mentions, with each name
// it uses for them, so the sections below only MATCH them. The name a node shows is chosen
// from all its names, whatever order reports come in: industries the shortest (锂电池 over
// 锂电池产业), enterprises and projects the longest (the full legal name), ties the first
// in code-point order. A shared node is written only when this report adds a name to it:
// an unchanged SET would still take its write lock, and every loader touches the same
// few industries.
CALL (rep) {
  UNWIND rep.names.industries AS row
  MERGE (i:Industry {key: row.key})
  ON CREATE SET i.name = row.name, i.aliases = [row.name], i.aliasText = ' ' + row.name
  FOREACH (_ IN CASE WHEN row.name IN i.aliases THEN [] ELSE [1] END |
    SET i.aliases = i.aliases + row.name, i.aliasText = i.aliasText + ' ' + row.name,
        i.name = CASE WHEN size(row.name) < size(i.name) OR (size(row.name) = size(i.name) AND row.name < i.name) THEN row.name ELSE i.name END)
}
CALL (rep) {
  UNWIND rep.names.enterprises AS row
  MERGE (en:Enterprise {key: row.key})
  ON CREATE SET en.name = row.name, en.aliases = [row.name], en.aliasText = ' ' + row.name
  FOREACH (_ IN CASE WHEN row.name IN en.aliases THEN [] ELSE [1] END |
    SET en.aliases = en.aliases + row.name, en.aliasText = en.aliasText + ' ' + row.name,
        en.name = CASE WHEN size(row.name) > size(en.name) OR (size(row.name) = size(en.name) AND row.name < en.name) THEN row.name ELSE en.name END)
}
CALL (rep) {
  UNWIND rep.names.projects AS row
  MERGE (p:Project {id: row.id})
  ON CREATE SET p.name = row.name, p.aliases = [row.name], p.aliasText = ' ' + row.name, p.countyCode = rep.countyCode
  FOREACH (_ IN CASE WHEN row.name IN p.aliases THEN [] ELSE [1] END |
    SET p.aliases = p.aliases + row.name, p.aliasText = p.aliasText + ' ' + row.name,
        p.name = CASE WHEN size(row.name) > size(p.name) OR (size(row.name) = size(p.name) AND row.name < p.name) THEN row.name ELSE p.name END)
}
OPTIONAL MATCH (c:County {code: rep.countyCode})
// Indicators as observations: one per (county, metric, period, kind, report). The report's
// older observations were removed before this statement, so its links are created afresh.
CALL (r, c, rep) {
  WITH r, c, rep WHERE c IS NOT NULL
  UNWIND rep.observations AS row
  MERGE (o:Observation {id: row.id})
  SET o.metric = row.metric, o.label = row.label, o.period = row.period, o.year = row.year, o.kind = row.kind,
      o.value = row.value, o.unit = row.unit, o.growthPct = row.growthPct, o.reportId = rep.reportId, o.countyCode = rep.countyCode
  CREATE (c)-[:REPORTED]->(o)
  CREATE (o)-[:EVIDENCED_BY {fact: 'Observation', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end}]->(r)
}
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
// The award chain: a recipient (county, town, village, enterprise, organisation or project) RECEIVED an honour.
// Shared nodes are written only when something changes (an unchanged SET still takes the lock).
// An honour shows its shortest name and the highest level any report gives it.
// A recipient known only from this honour (a town, a park, a project) has the same evidence.
CALL (r, c, rep) {
  UNWIND rep.honours AS row
  MERGE (h:Honour {key: row.key})
  ON CREATE SET h.name = row.name, h.aliases = [row.name], h.aliasText = ' ' + row.name, h.level = row.level
  FOREACH (_ IN CASE WHEN row.name IN h.aliases THEN [] ELSE [1] END |
    SET h.aliases = h.aliases + row.name, h.aliasText = h.aliasText + ' ' + row.name,
        h.name = CASE WHEN size(row.name) < size(h.name) OR (size(row.name) = size(h.name) AND row.name < h.name) THEN row.name ELSE h.name END)
  WITH r, c, h, row, rep, CASE WHEN 'national' IN [h.level, row.level] THEN 'national' WHEN 'provincial' IN [h.level, row.level] THEN 'provincial'
    WHEN 'municipal' IN [h.level, row.level] THEN 'municipal' ELSE coalesce(h.level, row.level) END AS level
  FOREACH (_ IN CASE WHEN h.level IS NULL OR h.level <> level THEN [1] ELSE [] END | SET h.level = level)
  CREATE (h)-[:EVIDENCED_BY {fact: 'RECEIVED', recipientKey: row.recipientKey, text: row.evidence.text, start: row.evidence.start, end: row.evidence.end, recipient: row.recipient, year: row.year}]->(r)
  WITH r, c, h, row, rep
  CALL (c, row, rep) {
    WITH c, row, rep WHERE row.recipientType = 'county' AND c IS NOT NULL
    RETURN c AS recipient
    UNION
    WITH c, row, rep WHERE row.recipientType IN ['town', 'village']
    MERGE (pl:Place {id: row.recipientKey})
    ON CREATE SET pl.name = row.recipient, pl.kind = row.recipientType
    FOREACH (_ IN CASE WHEN row.recipientType = 'town' THEN [1] ELSE [] END | SET pl:Town)
    FOREACH (_ IN CASE WHEN row.recipientType = 'village' THEN [1] ELSE [] END | SET pl:Village)
    WITH c, pl, rep
    CALL (c, pl, rep) {
      WITH c, pl, rep WHERE c IS NOT NULL
      MERGE (pl)-[:IN]->(c)
    }
    RETURN pl AS recipient
    UNION
    WITH c, row, rep WHERE row.recipientType = 'enterprise'
    MATCH (en:Enterprise {key: row.recipientKey})
    RETURN en AS recipient
    UNION
    WITH c, row, rep WHERE row.recipientType = 'project'
    MATCH (p:Project {id: row.recipientKey})
    WITH c, p, rep
    CALL (c, p, rep) {
      WITH c, p, rep WHERE c IS NOT NULL
      MERGE (c)-[hp:HAS_PROJECT]->(p)
      ON CREATE SET hp.sources = []
      SET hp.sources = CASE WHEN rep.reportId IN hp.sources THEN hp.sources ELSE hp.sources + rep.reportId END
    }
    RETURN p AS recipient
    UNION
    WITH c, row, rep WHERE row.recipientType IN ['organisation', 'person'] OR (row.recipientType = 'county' AND c IS NULL)
    MERGE (o:Organisation {key: row.recipientKey})
    ON CREATE SET o.name = row.recipient, o.kind = row.recipientType
    WITH c, o, rep
    CALL (c, o, rep) {
      WITH c, o, rep WHERE c IS NOT NULL
      MERGE (o)-[:IN]->(c)
    }
    RETURN o AS recipient
  }
  MERGE (recipient)-[rc:RECEIVED]->(h)
  ON CREATE SET rc.sources = [], rc.years = [], rc.recipientKey = row.recipientKey, rc.recipientType = row.recipientType, rc.countyCode = rep.countyCode
  SET rc.sources = CASE WHEN rep.reportId IN rc.sources THEN rc.sources ELSE rc.sources + rep.reportId END,
      rc.years = CASE WHEN row.year IS NULL OR row.year IN rc.years THEN rc.years ELSE rc.years + row.year END
  SET rc.year = reduce(y = null, x IN rc.years | CASE WHEN y IS NULL OR x > y THEN x ELSE y END)
  WITH r, recipient, row, rep WHERE NOT recipient:County
  MERGE (recipient)-[re:EVIDENCED_BY {fact: 'RECIPIENT'}]->(r)
  SET re.text = row.evidence.text, re.start = row.evidence.start, re.end = row.evidence.end
}
RETURN r.id AS id
