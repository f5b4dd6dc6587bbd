// The largest projects by stated investment, with their county and industry.
MATCH (c:County)-[:HAS_PROJECT]->(p:Project)
WHERE p.investmentYuan IS NOT NULL
OPTIONAL MATCH (p)-[:IN_INDUSTRY]->(i:Industry)
RETURN c.name AS county, p.name AS project, p.investmentYuan / 1e8 AS investment_100m_yuan, p.status AS status, i.name AS industry
ORDER BY p.investmentYuan DESC
LIMIT 25
