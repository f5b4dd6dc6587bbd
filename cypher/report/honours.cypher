// The award chain: a recipient (county, town, village, enterprise, organisation or project) RECEIVED an honour.
MATCH (r:Report {id: $reportId})
OPTIONAL MATCH (c:County {code: $countyCode})
UNWIND $rows AS row
MERGE (h:Honour {key: row.key})
ON CREATE SET h.name = row.name, h.aliases = []
SET h.aliases = CASE WHEN row.name IN h.aliases THEN h.aliases ELSE h.aliases + row.name END
SET h.aliasText = reduce(t = '', a IN h.aliases | t + ' ' + a),
    h.level = CASE WHEN h.level IS NULL OR h.level = 'other' THEN row.level ELSE h.level END
MERGE (h)-[e:EVIDENCED_BY {fact: 'RECEIVED', recipientKey: row.recipientKey}]->(r)
SET e.text = row.evidence.text, e.start = row.evidence.start, e.end = row.evidence.end, e.recipient = row.recipient, e.year = row.year
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
// A recipient known only from this honour (a town, a park, a project) has the same evidence.
WITH r, recipient, row WHERE NOT recipient:County
MERGE (recipient)-[re:EVIDENCED_BY {fact: 'RECIPIENT'}]->(r)
SET re.text = row.evidence.text, re.start = row.evidence.start, re.end = row.evidence.end
