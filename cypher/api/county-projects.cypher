// A page of each county's projects (batched); $field and $descending choose the order.
UNWIND $codes AS code
MATCH (c:County {code: code})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_PROJECT]->(p:Project)
  WITH p ORDER BY CASE WHEN $descending THEN coalesce(p[$field], -1e30) END DESC, CASE WHEN NOT $descending THEN p[$field] END ASC, p.name
  RETURN collect(p) AS items
}
RETURN code, size(items) AS total, [x IN items[$skip..$skip + $limit] | x {.*}] AS page
