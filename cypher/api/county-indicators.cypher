// Observations of counties as time series, with their evidence (batched).
UNWIND $codes AS code
MATCH (c:County {code: code})-[:REPORTED]->(o:Observation)
WHERE ($metric IS NULL OR o.metric = $metric) AND ($period IS NULL OR o.period = $period) AND ($kind IS NULL OR o.kind = $kind)
MATCH (o)-[e:EVIDENCED_BY]->(r:Report)
WITH code, o, e, r ORDER BY o.period, o.metric, o.kind, r.publishedAt
RETURN code, collect(o {.*, evidence: {text: e.text, start: e.start, end: e.end, report: r {.*}}}) AS observations
