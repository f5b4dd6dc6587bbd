// Projects by status in each county.
MATCH (c:County)-[:HAS_PROJECT]->(p:Project)
RETURN c.name AS county, coalesce(p.status, 'unknown') AS status, count(p) AS projects, collect(p.name)[..4] AS examples
ORDER BY county, projects DESC
