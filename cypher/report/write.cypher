// Writes one report after its claim and the removal of its older content: the report, its
// county chain, and every fact with its evidence, in one statement (on a small machine each
// statement has a fixed cost, and a report used to take six). Sections, in order:
// the report and the county's place in the gazetteer; observations; industries;
// enterprises; projects; honours. Evidence is CREATEd: the report's own evidence was
// removed before this statement, and rows are unique per fact key.
MERGE (r:Report {id: $report.id})
SET r += $report
REMOVE r.claim
WITH r
CALL (r) {
  WITH r WHERE $county IS NOT NULL
  // Shared places are written only when they change: an unchanged SET still takes a write
  // lock, and every report of a province would queue on the province's node.
  MERGE (c:County {code: $county.code})
  ON CREATE SET c.name = $county.name, c.shortName = $county.shortName, c.kind = $county.kind
  FOREACH (_ IN CASE WHEN c.name = $county.name AND c.shortName = $county.shortName AND c.kind = $county.kind THEN [] ELSE [1] END |
    SET c.name = $county.name, c.shortName = $county.shortName, c.kind = $county.kind)
  MERGE (p:Province {code: $county.provinceCode})
  ON CREATE SET p.name = $county.province
  MERGE (r)-[:ABOUT]->(c)
  WITH c, p
  CALL (c, p) {
    WITH c, p WHERE $county.prefectureCode IS NOT NULL
    MERGE (f:Prefecture {code: $county.prefectureCode})
    ON CREATE SET f.name = $county.prefecture
    MERGE (c)-[:IN]->(f)
    MERGE (f)-[:IN]->(p)
  }
  CALL (c, p) {
    WITH c, p WHERE $county.prefectureCode IS NULL
    MERGE (c)-[:IN]->(p)
  }
}
OPTIONAL MATCH (c:County {code: $countyCode})
// Indicators as observations: one per (county, metric, period, kind, report). The report's
// older observations were removed before this statement, so its links are created afresh.
CALL (r, c) {
  WITH r, c WHERE c IS NOT NULL
  UNWIND $observations AS row
  MERGE (o:Observation {id: row.id})
  SET o.metric = row.metric, o.label = row.label, o.period = row.period, o.year = row.year, o.kind = row.kind,
      o.value = row.value, o.unit = row.unit, o.growthPct = row.growthPct, o.reportId = $reportId, o.countyCode = $countyCode
  CREATE (c)-[:REPORTED]->(o)
  CREATE (o)-[:EVIDENCED_BY {fact: 'Observation', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end}]->(r)
}
// Industries are shared across counties; the county's role in each comes from its reports.
// A shared node is written only when this report adds a name to it: an unchanged SET
// would still take its write lock, and every loader touches the same few industries.
// The report's own evidence was removed before this statement, so CREATE cannot duplicate it.
CALL (r, c) {
  UNWIND $industries AS row
  MERGE (i:Industry {key: row.key})
  ON CREATE SET i.name = row.name, i.aliases = [row.name], i.aliasText = ' ' + row.name
  FOREACH (_ IN CASE WHEN row.name IN i.aliases THEN [] ELSE [1] END |
    SET i.aliases = i.aliases + row.name, i.aliasText = i.aliasText + ' ' + row.name)
  CREATE (i)-[:EVIDENCED_BY {fact: 'HAS_INDUSTRY', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end, role: row.role}]->(r)
  WITH r, c, i, row WHERE c IS NOT NULL
  MERGE (c)-[h:HAS_INDUSTRY]->(i)
  ON CREATE SET h.sources = [], h.roles = []
  SET h.sources = CASE WHEN $reportId IN h.sources THEN h.sources ELSE h.sources + $reportId END,
      h.roles = CASE WHEN row.role IS NULL OR row.role IN h.roles THEN h.roles ELSE h.roles + row.role END
  SET h.role = CASE WHEN 'leading' IN h.roles THEN 'leading' WHEN 'characteristic' IN h.roles THEN 'characteristic' WHEN 'emerging' IN h.roles THEN 'emerging' ELSE null END
}
// Enterprises are shared across counties (one node per company), active in the county of the report.
CALL (r, c) {
  UNWIND $enterprises AS row
  MERGE (en:Enterprise {key: row.key})
  ON CREATE SET en.name = row.name, en.aliases = [row.name], en.aliasText = ' ' + row.name
  FOREACH (_ IN CASE WHEN row.name IN en.aliases THEN [] ELSE [1] END |
    SET en.aliases = en.aliases + row.name, en.aliasText = en.aliasText + ' ' + row.name,
        en.name = CASE WHEN size(row.name) > size(en.name) THEN row.name ELSE en.name END)
  CREATE (en)-[:EVIDENCED_BY {fact: 'Enterprise', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end}]->(r)
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
}
// The county–project–investment chain, with the industry and the enterprises of each project.
CALL (r, c) {
  UNWIND $projects AS row
  MERGE (p:Project {id: row.id})
  ON CREATE SET p.name = row.name, p.aliases = []
  SET p.aliases = CASE WHEN row.name IN p.aliases THEN p.aliases ELSE p.aliases + row.name END
  SET p.aliasText = reduce(t = '', a IN p.aliases | t + ' ' + a),
      p.name = CASE WHEN size(row.name) > size(p.name) THEN row.name ELSE p.name END,
      p.investmentYuan = coalesce(row.investmentYuan, p.investmentYuan),
      p.annualInvestmentYuan = coalesce(row.annualInvestmentYuan, p.annualInvestmentYuan),
      p.status = coalesce(row.status, p.status),
      p.capacity = coalesce(row.capacity, p.capacity),
      p.year = coalesce(row.year, p.year),
      p.countyCode = $countyCode
  CREATE (p)-[:EVIDENCED_BY {fact: 'Project', text: row.evidence.text, start: row.evidence.start, end: row.evidence.end}]->(r)
  WITH r, c, p, row
  CALL (c, p) {
    WITH c, p WHERE c IS NOT NULL
    MERGE (c)-[h:HAS_PROJECT]->(p)
    ON CREATE SET h.sources = []
    SET h.sources = CASE WHEN $reportId IN h.sources THEN h.sources ELSE h.sources + $reportId END
  }
  CALL (p, row) {
    WITH p, row WHERE row.industryKey IS NOT NULL
    MERGE (i:Industry {key: row.industryKey})
    ON CREATE SET i.name = row.industry, i.aliases = [row.industry], i.aliasText = ' ' + row.industry
    MERGE (p)-[ii:IN_INDUSTRY]->(i)
    ON CREATE SET ii.sources = []
    SET ii.sources = CASE WHEN $reportId IN ii.sources THEN ii.sources ELSE ii.sources + $reportId END
  }
  CALL (p, row) {
    UNWIND row.enterprises AS ent
    MERGE (en:Enterprise {key: ent.key})
    ON CREATE SET en.name = ent.name, en.aliases = [ent.name], en.aliasText = ' ' + ent.name
    MERGE (en)-[b:BUILDS]->(p)
    ON CREATE SET b.sources = []
    SET b.sources = CASE WHEN $reportId IN b.sources THEN b.sources ELSE b.sources + $reportId END
  }
}
// The award chain: a recipient (county, town, village, enterprise, organisation or project) RECEIVED an honour.
// Shared nodes are written only when something changes (an unchanged SET still takes the lock).
// A recipient known only from this honour (a town, a park, a project) has the same evidence.
CALL (r, c) {
  UNWIND $honours AS row
  MERGE (h:Honour {key: row.key})
  ON CREATE SET h.name = row.name, h.aliases = [row.name], h.aliasText = ' ' + row.name, h.level = row.level
  FOREACH (_ IN CASE WHEN row.name IN h.aliases THEN [] ELSE [1] END |
    SET h.aliases = h.aliases + row.name, h.aliasText = h.aliasText + ' ' + row.name)
  FOREACH (_ IN CASE WHEN (h.level IS NULL OR h.level = 'other') AND row.level <> coalesce(h.level, '') THEN [1] ELSE [] END |
    SET h.level = row.level)
  CREATE (h)-[:EVIDENCED_BY {fact: 'RECEIVED', recipientKey: row.recipientKey, text: row.evidence.text, start: row.evidence.start, end: row.evidence.end, recipient: row.recipient, year: row.year}]->(r)
  WITH r, c, h, row
  CALL (c, row) {
    WITH c, row WHERE row.recipientType = 'county' AND c IS NOT NULL
    RETURN c AS recipient
    UNION
    WITH c, row WHERE row.recipientType IN ['town', 'village']
    MERGE (pl:Place {id: row.recipientKey})
    ON CREATE SET pl.name = row.recipient, pl.kind = row.recipientType
    FOREACH (_ IN CASE WHEN row.recipientType = 'town' THEN [1] ELSE [] END | SET pl:Town)
    FOREACH (_ IN CASE WHEN row.recipientType = 'village' THEN [1] ELSE [] END | SET pl:Village)
    WITH c, pl
    CALL (c, pl) {
      WITH c, pl WHERE c IS NOT NULL
      MERGE (pl)-[:IN]->(c)
    }
    RETURN pl AS recipient
    UNION
    WITH c, row WHERE row.recipientType = 'enterprise'
    MERGE (en:Enterprise {key: row.recipientKey})
    ON CREATE SET en.name = row.recipient, en.aliases = [row.recipient], en.aliasText = ' ' + row.recipient
    RETURN en AS recipient
    UNION
    WITH c, row WHERE row.recipientType = 'project'
    MERGE (p:Project {id: row.recipientKey})
    ON CREATE SET p.name = row.recipient, p.aliases = [row.recipient], p.aliasText = ' ' + row.recipient, p.countyCode = $countyCode
    WITH c, p
    CALL (c, p) {
      WITH c, p WHERE c IS NOT NULL
      MERGE (c)-[hp:HAS_PROJECT]->(p)
      ON CREATE SET hp.sources = []
      SET hp.sources = CASE WHEN $reportId IN hp.sources THEN hp.sources ELSE hp.sources + $reportId END
    }
    RETURN p AS recipient
    UNION
    WITH c, row WHERE row.recipientType IN ['organisation', 'person'] OR (row.recipientType = 'county' AND c IS NULL)
    MERGE (o:Organisation {key: row.recipientKey})
    ON CREATE SET o.name = row.recipient, o.kind = row.recipientType
    WITH c, o
    CALL (c, o) {
      WITH c, o WHERE c IS NOT NULL
      MERGE (o)-[:IN]->(c)
    }
    RETURN o AS recipient
  }
  MERGE (recipient)-[rc:RECEIVED]->(h)
  ON CREATE SET rc.sources = [], rc.years = [], rc.recipientKey = row.recipientKey, rc.recipientType = row.recipientType, rc.countyCode = $countyCode
  SET rc.sources = CASE WHEN $reportId IN rc.sources THEN rc.sources ELSE rc.sources + $reportId END,
      rc.years = CASE WHEN row.year IS NULL OR row.year IN rc.years THEN rc.years ELSE rc.years + row.year END
  SET rc.year = reduce(y = null, x IN rc.years | CASE WHEN y IS NULL OR x > y THEN x ELSE y END)
  WITH r, recipient, row WHERE NOT recipient:County
  MERGE (recipient)-[re:EVIDENCED_BY {fact: 'RECIPIENT'}]->(r)
  SET re.text = row.evidence.text, re.start = row.evidence.start, re.end = row.evidence.end
}
RETURN r.id AS id
