// Industries are shared across counties; the county's role in each comes from its reports.
MATCH (r:Report {id: $reportId})
OPTIONAL MATCH (c:County {code: $countyCode})
UNWIND $rows AS row
MERGE (i:Industry {key: row.key})
ON CREATE SET i.name = row.name, i.aliases = []
SET i.aliases = CASE WHEN row.name IN i.aliases THEN i.aliases ELSE i.aliases + row.name END
SET i.aliasText = reduce(t = '', a IN i.aliases | t + ' ' + a)
MERGE (i)-[e:EVIDENCED_BY {fact: 'HAS_INDUSTRY'}]->(r)
SET e.text = row.evidence.text, e.start = row.evidence.start, e.end = row.evidence.end, e.role = row.role
WITH r, c, i, row WHERE c IS NOT NULL
MERGE (c)-[h:HAS_INDUSTRY]->(i)
ON CREATE SET h.sources = [], h.roles = []
SET h.sources = CASE WHEN $reportId IN h.sources THEN h.sources ELSE h.sources + $reportId END,
    h.roles = CASE WHEN row.role IS NULL OR row.role IN h.roles THEN h.roles ELSE h.roles + row.role END
SET h.role = CASE WHEN 'leading' IN h.roles THEN 'leading' WHEN 'characteristic' IN h.roles THEN 'characteristic' WHEN 'emerging' IN h.roles THEN 'emerging' ELSE null END
