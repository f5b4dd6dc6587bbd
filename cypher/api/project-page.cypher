// A project with what one request asks of it, in one statement (the request's plan, see
// src/api/plan.ts): its links (county code, industry, enterprises, as api/project-links),
// its county's row (as api/counties-by-code) and its evidence (as api/evidence), each of
// the last two only when asked; the aliases of its industry and enterprises only when the
// request shows aliases ($aliases).
MATCH (p:Project {id: $id})
OPTIONAL CALL (p) {
  UNWIND CASE WHEN $county THEN [1] ELSE [] END AS asked
  MATCH (c:County {code: p.countyCode})
  OPTIONAL MATCH (c)-[:IN]->(f:Prefecture)
  OPTIONAL MATCH (c)-[:IN*1..2]->(pr:Province)
  RETURN {code: c.code, county: c {.code, .name, .shortName, .kind}, prefecture: f {.code, .name}, province: pr {.code, .name}} AS countyRow
  LIMIT 1
}
RETURN p {.*} AS project,
  {id: p.id, county: p.countyCode,
    industry: head(COLLECT { MATCH (p)-[:IN_INDUSTRY]->(i:Industry) RETURN i {.key, .name, aliases: CASE WHEN $aliases THEN i.aliases END} }),
    enterprises: COLLECT { MATCH (e:Enterprise)-[:BUILDS]->(p) RETURN e {.key, .name, aliases: CASE WHEN $aliases THEN e.aliases END} }} AS links,
  countyRow,
  COLLECT {
    UNWIND CASE WHEN $evidence THEN [1] ELSE [] END AS asked
    MATCH (p)-[e:EVIDENCED_BY {fact: 'Project'}]->(r:Report)
    WITH e, r ORDER BY r.publishedAt DESC, e.start
    RETURN {text: e.text, start: e.start, end: e.end, report: r {.*}}
  } AS evidence
