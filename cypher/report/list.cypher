// Reports in the graph, newest load first.
MATCH (r:Report)
OPTIONAL MATCH (r)-[:ABOUT]->(c:County)
RETURN r.id AS id, r.file AS file, r.title AS title, c.name AS county, r.loadedAt AS loadedAt
ORDER BY r.loadedAt DESC, r.id
