// Indicators as observations: one per (county, metric, period, kind, report).
MATCH (r:Report {id: $reportId})
MATCH (c:County {code: $countyCode})
UNWIND $rows AS row
MERGE (o:Observation {id: row.id})
SET o.metric = row.metric, o.label = row.label, o.period = row.period, o.year = row.year, o.kind = row.kind,
    o.value = row.value, o.unit = row.unit, o.growthPct = row.growthPct, o.reportId = $reportId, o.countyCode = $countyCode
MERGE (c)-[:REPORTED]->(o)
MERGE (o)-[e:EVIDENCED_BY {fact: 'Observation'}]->(r)
SET e.text = row.evidence.text, e.start = row.evidence.start, e.end = row.evidence.end
