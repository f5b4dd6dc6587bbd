// Places are written from reports (not loaded from the gazetteer), so a county that no
// report and no fact refers to any more goes with the last report that brought it in,
// and so do its prefecture and province when nothing else is in them. Prefectures go
// before provinces, so a province is judged after its prefectures are gone.
UNWIND $codes AS code
MATCH (c:County {code: code})
WHERE NOT EXISTS { (c)-[x]-() WHERE type(x) <> 'IN' }
OPTIONAL MATCH (c)-[:IN]->(f:Prefecture)
OPTIONAL MATCH (c)-[:IN*1..2]->(p:Province)
DETACH DELETE c
WITH collect(DISTINCT f) AS prefectures, collect(DISTINCT p) AS provinces
CALL (prefectures) {
  UNWIND prefectures AS f
  WITH f WHERE NOT EXISTS { (f)<-[:IN]-() } AND NOT EXISTS { (f)-[x]-() WHERE type(x) <> 'IN' }
  DETACH DELETE f
}
CALL (provinces) {
  UNWIND provinces AS p
  WITH p WHERE NOT EXISTS { (p)<-[:IN]-() } AND NOT EXISTS { (p)-[x]-() WHERE type(x) <> 'IN' }
  DETACH DELETE p
}
RETURN count(*) AS pruned
