// League table: counties by the growth they report for one metric (actual figures and estimates).
MATCH (c:County)-[:REPORTED]->(o:Observation {metric: 'fixed_asset_investment'})
WHERE o.growthPct IS NOT NULL AND o.kind <> 'target'
RETURN c.name AS county, o.period AS period, o.growthPct AS growth_pct, o.kind AS kind
ORDER BY growth_pct DESC
