// One of the statements that write a group of reports (see report/write.cypher), run in
// the same transaction after it: for each report of $reports,
// its honours.
UNWIND $reports AS rep
MATCH (r:Report {id: rep.reportId})
OPTIONAL MATCH (c:County {code: rep.countyCode})
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
  CREATE (h)-[:EVIDENCED_BY {fact: 'RECEIVED', recipientKey: row.recipientKey, recipientType: row.recipientType, text: row.evidence.text, start: row.evidence.start, end: row.evidence.end, recipient: row.recipient, year: row.year}]->(r)
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
