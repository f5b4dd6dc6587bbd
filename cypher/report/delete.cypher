// Removes one report and whatever only it supported: its evidence, its observations, the
// report's id from the sources of every fact relationship, relationships left with no
// source, and fact nodes left with neither evidence nor a sourced relationship.
MATCH (r:Report {id: $reportId})
OPTIONAL MATCH (n)-[:EVIDENCED_BY]->(r)
WITH r, collect(DISTINCT n) AS facts
CALL (facts) {
  UNWIND facts AS n
  MATCH (n)-[rel]-(m)
  WHERE rel.sources IS NOT NULL AND $reportId IN rel.sources
  RETURN collect(DISTINCT rel) AS rels, collect(DISTINCT m) AS neighbours
}
FOREACH (rel IN rels | SET rel.sources = [s IN rel.sources WHERE s <> $reportId])
WITH r, facts, rels, neighbours
// Roles and years are re-read from the evidence of the reports that remain.
CALL (rels) {
  UNWIND [x IN rels WHERE size(x.sources) > 0 AND type(x) = 'HAS_INDUSTRY'] AS h
  WITH h, endNode(h) AS i
  OPTIONAL MATCH (i)-[e:EVIDENCED_BY {fact: 'HAS_INDUSTRY'}]->(r2:Report) WHERE r2.id IN h.sources
  WITH h, [x IN collect(DISTINCT e.role) WHERE x IS NOT NULL] AS roles
  SET h.roles = roles,
      h.role = CASE WHEN 'leading' IN roles THEN 'leading' WHEN 'characteristic' IN roles THEN 'characteristic' WHEN 'emerging' IN roles THEN 'emerging' ELSE null END
}
CALL (rels) {
  UNWIND [x IN rels WHERE size(x.sources) > 0 AND type(x) = 'RECEIVED'] AS rc
  WITH rc, endNode(rc) AS h
  OPTIONAL MATCH (h)-[e:EVIDENCED_BY {fact: 'RECEIVED'}]->(r2:Report) WHERE r2.id IN rc.sources AND e.recipientKey = rc.recipientKey
  WITH rc, [x IN collect(DISTINCT e.year) WHERE x IS NOT NULL] AS years
  SET rc.years = years, rc.year = reduce(y = null, x IN years | CASE WHEN y IS NULL OR x > y THEN x ELSE y END)
}
WITH r, facts, rels, neighbours, [x IN rels WHERE size(x.sources) = 0] AS emptied
FOREACH (rel IN emptied | DELETE rel)
WITH r, facts + neighbours AS candidates
CALL (r) {
  MATCH ()-[e:EVIDENCED_BY]->(r)
  DELETE e
}
CALL (candidates) {
  UNWIND candidates AS x
  WITH DISTINCT x
  WHERE (x:Project OR x:Industry OR x:Enterprise OR x:Honour OR x:Place OR x:Organisation OR x:Observation)
    AND NOT EXISTS { (x)-[:EVIDENCED_BY]->() }
    AND NOT EXISTS { (x)-[s]-() WHERE s.sources IS NOT NULL }
  DETACH DELETE x
}
DETACH DELETE r
RETURN count(*) AS deleted
