// The county–project–investment chain, with the industry and the enterprises of each project.
MATCH (r:Report {id: $reportId})
OPTIONAL MATCH (c:County {code: $countyCode})
UNWIND $rows AS row
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
MERGE (p)-[e:EVIDENCED_BY {fact: 'Project'}]->(r)
SET e.text = row.evidence.text, e.start = row.evidence.start, e.end = row.evidence.end
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
