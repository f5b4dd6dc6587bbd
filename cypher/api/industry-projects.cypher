// A page of each industry's projects, largest investment first (batched).
UNWIND $keys AS key
MATCH (i:Industry {key: key})
CALL (i) {
  OPTIONAL MATCH (p:Project)-[:IN_INDUSTRY]->(i)
  WITH p ORDER BY coalesce(p.investmentYuan, -1e30) DESC, p.name
  RETURN collect(p) AS items
}
WITH key, size(items) AS total, items[$skip..$skip + $limit] AS slice
// Each project of the page with its industry and enterprises (the API needs no second query for them).
CALL (slice) {
  UNWIND slice AS x
  RETURN collect(x {.*, links: {id: x.id, county: x.countyCode,
    industry: head(COLLECT { MATCH (x)-[:IN_INDUSTRY]->(i:Industry) RETURN i {.key, .name, .aliases} }),
    enterprises: COLLECT { MATCH (e:Enterprise)-[:BUILDS]->(x) RETURN e {.key, .name, .aliases} }}}) AS page
}
RETURN key, total, page
