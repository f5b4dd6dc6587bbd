// Each report and how many facts of each kind it contributed.
MATCH (r:Report)
OPTIONAL MATCH (r)-[:ABOUT]->(c:County)
RETURN r.title AS report, c.name AS county, r.publishedAt AS published,
       COUNT { (:Observation)-[:EVIDENCED_BY]->(r) } AS indicators,
       COUNT { (:Project)-[:EVIDENCED_BY]->(r) } AS projects,
       COUNT { (:Industry)-[:EVIDENCED_BY]->(r) } AS industries,
       COUNT { (:Enterprise)-[:EVIDENCED_BY]->(r) } AS enterprises,
       COUNT { (:Honour)-[:EVIDENCED_BY]->(r) } AS honours
ORDER BY published DESC
