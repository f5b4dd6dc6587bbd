// Where a fact comes from: the sentence and the report behind each project.
MATCH (p:Project)-[e:EVIDENCED_BY]->(r:Report)
RETURN p.name AS project, e.text AS sentence, e.start AS start, e.end AS end, r.title AS report, r.publisher AS publisher, r.publishedAt AS published
ORDER BY p.name
LIMIT 25
