// National honours won by each county and the units inside it (towns, villages, enterprises …).
MATCH (c:County)
OPTIONAL MATCH (c)-[rc:RECEIVED]->(h:Honour {level: 'national'})
OPTIONAL MATCH (unit)-[:IN|LOCATED_IN]->(c), (unit)-[:RECEIVED]->(uh:Honour {level: 'national'})
WITH c, collect(DISTINCT h.name) + collect(DISTINCT unit.name + ': ' + uh.name) AS honours
WHERE size(honours) > 0
RETURN c.name AS county, size(honours) AS count, honours
ORDER BY count DESC
