// A page of each county's projects (batched); $field and $descending choose the order.
UNWIND $codes AS code
MATCH (c:County {code: code})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_PROJECT]->(p:Project)
  WITH p ORDER BY CASE WHEN $descending THEN coalesce(p[$field], -1e30) END DESC, CASE WHEN NOT $descending THEN p[$field] END ASC, p.name
  RETURN collect(p) AS items
}
WITH code, size(items) AS total, items[$skip..$skip + $limit] AS slice
// Each project of the page with its industry and enterprises (the API needs no second query for them).
CALL (slice) {
  UNWIND slice AS x
  RETURN collect(x {.*, links: {id: x.id, county: x.countyCode,
    industry: head(COLLECT { MATCH (x)-[:IN_INDUSTRY]->(i:Industry) RETURN i {.key, .name, .aliases} }),
    enterprises: COLLECT { MATCH (e:Enterprise)-[:BUILDS]->(x) RETURN e {.key, .name, .aliases} }}}) AS page
}
RETURN code, total, page
