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
    enterprises: COLLECT { MATCH (e:Enterprise)-[:BUILDS]->(x) RETURN e {.key, .name, .aliases} },
    // and its county's row (as api/counties-by-code): a page's counties cost no second query either
    countyRow: head(COLLECT { MATCH (c:County {code: x.countyCode})
      OPTIONAL MATCH (c)-[:IN]->(f:Prefecture)
      OPTIONAL MATCH (c)-[:IN*1..2]->(pr:Province)
      RETURN {code: c.code, county: c {.code, .name, .shortName, .kind}, prefecture: f {.code, .name}, province: pr {.code, .name}} })}}) AS page
}
RETURN key, total, page
