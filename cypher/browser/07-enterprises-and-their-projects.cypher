// Enterprises, the projects they build and the industries both belong to.
MATCH (e:Enterprise)-[:BUILDS]->(p:Project)<-[:HAS_PROJECT]-(c:County)
OPTIONAL MATCH (p)-[:IN_INDUSTRY]->(i:Industry)
RETURN e.name AS enterprise, p.name AS project, p.status AS status, i.name AS industry, c.name AS county
ORDER BY enterprise
