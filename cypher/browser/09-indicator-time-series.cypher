// One indicator across counties and periods: level and growth, with the kind of figure.
MATCH (c:County)-[:REPORTED]->(o:Observation {metric: 'gdp'})
RETURN c.name AS county, o.period AS period, o.kind AS kind, o.value / 1e8 AS value_100m_yuan, o.growthPct AS growth_pct
ORDER BY county, period
