// Towns and villages and the titles they won.
MATCH (pl:Place)-[:IN]->(c:County), (pl)-[rc:RECEIVED]->(h:Honour)
RETURN c.name AS county, pl.name AS place, labels(pl) AS kind, h.name AS honour, h.level AS level, rc.year AS year
ORDER BY county, place
