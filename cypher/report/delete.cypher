// Removes one report and whatever only it supported: its evidence, its observations, the
// report's id from the sources of every fact relationship, relationships left with no
// source, and fact nodes left with neither evidence nor a sourced relationship.
// Sourced relationships are found from the report's side (its county and its own fact
// nodes), never by walking all relationships of a shared Industry or Honour, so the cost
// stays that of the report however large the graph grows.
MATCH (r:Report {id: $reportId})
OPTIONAL MATCH (r)-[:ABOUT]->(c:County)
OPTIONAL MATCH (n)-[:EVIDENCED_BY]->(r)
WITH r, c, collect(DISTINCT n) AS facts
WITH r, c.code AS county, facts, [x IN facts WHERE NOT x:Industry AND NOT x:Honour] + CASE WHEN c IS NULL THEN [] ELSE [c] END AS anchors
CALL (anchors) {
  UNWIND anchors AS n
  MATCH (n)-[rel:HAS_INDUSTRY|LOCATED_IN|IN_INDUSTRY|HAS_PROJECT|BUILDS|RECEIVED]-(m)
  WHERE $reportId IN rel.sources
  RETURN collect(DISTINCT rel) AS rels, collect(DISTINCT m) AS neighbours
}
FOREACH (rel IN rels | SET rel.sources = [s IN rel.sources WHERE s <> $reportId])
WITH r, county, facts, rels, neighbours
// Roles and years are re-read from the evidence of the reports that remain (from each report's side).
CALL (rels) {
  UNWIND [x IN rels WHERE size(x.sources) > 0 AND type(x) = 'HAS_INDUSTRY'] AS h
  WITH h, endNode(h) AS i
  OPTIONAL CALL (h, i) {
    UNWIND h.sources AS sid
    MATCH (r2:Report {id: sid})
    MATCH (i)-[e:EVIDENCED_BY {fact: 'HAS_INDUSTRY'}]->(r2)
    RETURN e
  }
  WITH h, [x IN collect(DISTINCT e.role) WHERE x IS NOT NULL] AS roles
  SET h.roles = roles,
      h.role = CASE WHEN 'leading' IN roles THEN 'leading' WHEN 'characteristic' IN roles THEN 'characteristic' WHEN 'emerging' IN roles THEN 'emerging' ELSE null END
}
CALL (rels) {
  UNWIND [x IN rels WHERE size(x.sources) > 0 AND type(x) = 'RECEIVED'] AS rc
  WITH rc, endNode(rc) AS h
  OPTIONAL CALL (rc, h) {
    UNWIND rc.sources AS sid
    MATCH (r2:Report {id: sid})
    MATCH (h)-[e:EVIDENCED_BY {fact: 'RECEIVED'}]->(r2)
    WHERE e.recipientKey = rc.recipientKey
    RETURN e
  }
  WITH rc, [x IN collect(DISTINCT e.year) WHERE x IS NOT NULL] AS years
  SET rc.years = years, rc.year = reduce(y = null, x IN years | CASE WHEN y IS NULL OR x > y THEN x ELSE y END)
}
WITH r, county, facts, rels, neighbours, [x IN rels WHERE size(x.sources) = 0] AS emptied
FOREACH (rel IN emptied | DELETE rel)
WITH r, county, facts + neighbours AS candidates
// The projects it touched: the caller settles their figures again (report/settle-projects),
// and marks the latest observations of its county again (report/mark-latest).
WITH r, county, candidates, [x IN candidates WHERE x:Project | x.id] AS projects
CALL (r) {
  MATCH ()-[e:EVIDENCED_BY]->(r)
  DELETE e
}
CALL (candidates) {
  UNWIND candidates AS x
  WITH DISTINCT x
  WHERE (x:Project OR x:Industry OR x:Enterprise OR x:Honour OR x:Place OR x:Organisation OR x:Observation)
    AND NOT EXISTS { (x)-[:EVIDENCED_BY]->() }
    AND NOT EXISTS { (x)-[s:HAS_INDUSTRY|LOCATED_IN|IN_INDUSTRY|HAS_PROJECT|BUILDS|RECEIVED]-() WHERE s.sources IS NOT NULL }
  DETACH DELETE x
}
CALL (r) {
  MATCH (r)-[:HAS_TEXT]->(t:ReportText)
  DETACH DELETE t
}
DETACH DELETE r
RETURN count(*) AS deleted, coalesce(head(collect(projects)), []) AS projects, head(collect(county)) AS county
