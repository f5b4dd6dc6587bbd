// A page of the enterprises active in each county (batched).
UNWIND $codes AS code
MATCH (c:County {code: code})
CALL (c) {
  OPTIONAL MATCH (e:Enterprise)-[:LOCATED_IN]->(c)
  WITH e ORDER BY e.name
  RETURN collect(e) AS items
}
RETURN code, size(items) AS total, [x IN items[$skip..$skip + $limit] | x {.key, .name, .aliases}] AS page
