// A county with the parts of it one request asks for, in one statement (the request's
// plan, see src/api/plan.ts): the county with its prefecture and province, and — each only
// when its parameter is not null — its reports, indicators, a page of projects with their
// links (and evidence), industries (and evidence), a page of enterprises and honours (and
// evidence). Each part is the same query as its batched counterpart (api/county-*,
// api/evidence), so answers are the same. (Similar counties and enterprises with their
// links read thousands of rows on a national graph: the plan runs them beside this
// statement, through their own loaders, rather than after it in the same one.)
// A part not asked for unwinds an empty list: the planner skips its reads entirely.
// The aliases of linked industries, enterprises and honours come only when the request shows
// aliases somewhere ($aliases): on a large graph a brand's aliases may run to dozens.
MATCH (c:County {code: $code})
CALL (c) {
  OPTIONAL MATCH (c)-[:IN]->(f:Prefecture)
  OPTIONAL MATCH (c)-[:IN*1..2]->(p:Province)
  RETURN {code: c.code, county: c {.code, .name, .shortName, .kind}, prefecture: f {.code, .name}, province: p {.code, .name}} AS row
  LIMIT 1
}
CALL (c) {
  UNWIND CASE WHEN $reports THEN [1] ELSE [] END AS asked
  MATCH (r:Report)-[:ABOUT]->(c)
  WITH r ORDER BY r.publishedAt DESC, r.loadedAt DESC
  RETURN collect(r {.*}) AS reports
}
CALL (c) {
  UNWIND CASE WHEN $indicators IS NULL THEN [] ELSE [$indicators] END AS a
  MATCH (c)-[:REPORTED]->(o:Observation)
  WHERE (a.metric IS NULL OR o.metric = a.metric) AND (a.period IS NULL OR o.period = a.period) AND (a.kind IS NULL OR o.kind = a.kind)
  MATCH (o)-[e:EVIDENCED_BY]->(r:Report)
  WITH o, e, r ORDER BY o.period, o.metric, o.kind, r.publishedAt
  RETURN collect(o {.*, evidence: {text: e.text, start: e.start, end: e.end, report: r {.*}}}) AS observations
}
CALL (c) {
  UNWIND CASE WHEN $projects IS NULL THEN [] ELSE [$projects] END AS a
  CALL (c, a) {
    MATCH (c)-[:HAS_PROJECT]->(p:Project)
    WITH p ORDER BY CASE WHEN a.descending THEN coalesce(p[a.field], -1e30) END DESC, CASE WHEN NOT a.descending THEN p[a.field] END ASC, p.name
    RETURN collect(p) AS items
  }
  WITH a, size(items) AS total, items[a.skip..a.skip + a.limit] AS slice
  CALL (slice) {
    UNWIND slice AS x
    RETURN collect(x {.*, links: {id: x.id, county: x.countyCode,
      industry: head(COLLECT { MATCH (x)-[:IN_INDUSTRY]->(i:Industry) RETURN i {.key, .name, aliases: CASE WHEN $aliases THEN i.aliases END} }),
      enterprises: COLLECT { MATCH (e:Enterprise)-[:BUILDS]->(x) RETURN e {.key, .name, aliases: CASE WHEN $aliases THEN e.aliases END} }},
      evidence: COLLECT {
        UNWIND CASE WHEN $projectEvidence THEN [1] ELSE [] END AS asked
        MATCH (x)-[e:EVIDENCED_BY {fact: 'Project'}]->(r:Report)
        WITH e, r ORDER BY r.publishedAt DESC, e.start
        RETURN {text: e.text, start: e.start, end: e.end, report: r {.*}}
      }}) AS page
  }
  RETURN collect({total: total, page: page}) AS projects
}
CALL (c) {
  UNWIND CASE WHEN $industries THEN [1] ELSE [] END AS asked
  MATCH (c)-[h:HAS_INDUSTRY]->(i:Industry)
  WITH h, i ORDER BY CASE h.role WHEN 'leading' THEN 0 WHEN 'characteristic' THEN 1 WHEN 'emerging' THEN 2 ELSE 3 END, i.name
  RETURN collect({industry: i {.key, .name, aliases: CASE WHEN $aliases THEN i.aliases END}, role: h.role,
    evidence: COLLECT {
      UNWIND CASE WHEN $industryEvidence THEN [1] ELSE [] END AS wanted
      MATCH (i)-[e:EVIDENCED_BY {fact: 'HAS_INDUSTRY'}]->(r:Report)-[:ABOUT]->(c)
      WITH e, r ORDER BY r.publishedAt DESC, e.start
      RETURN {text: e.text, start: e.start, end: e.end, report: r {.*}}
    }}) AS industries
}
CALL (c) {
  UNWIND CASE WHEN $enterprises IS NULL THEN [] ELSE [$enterprises] END AS a
  CALL (c) {
    MATCH (e:Enterprise)-[:LOCATED_IN]->(c)
    WITH e ORDER BY e.name
    RETURN collect(e) AS items
  }
  RETURN collect({total: size(items), page: [x IN items[a.skip..a.skip + a.limit] | x {.key, .name, aliases: CASE WHEN $aliases THEN x.aliases END}]}) AS enterprises
}
CALL (c) {
  UNWIND CASE WHEN $honours IS NULL THEN [] ELSE [$honours] END AS a
  MATCH (recipient)-[rc:RECEIVED]->(h:Honour)
  WHERE rc.countyCode = c.code AND (a.level IS NULL OR h.level = a.level) AND (a.year IS NULL OR rc.year = a.year)
  WITH rc, h, recipient ORDER BY rc.year DESC, h.name
  RETURN collect({
    honour: h {.key, .name, aliases: CASE WHEN $aliases THEN h.aliases END, .level},
    year: rc.year,
    recipientKey: rc.recipientKey,
    recipient: {name: recipient.name, type: coalesce(rc.recipientType, 'county'), countyCode: rc.countyCode},
    // The award's sentences, read from the reports that support it (never by walking every
    // RECEIVED evidence of a shared Honour); the same set api/evidence gives.
    evidence: COLLECT {
      UNWIND CASE WHEN $awardEvidence THEN [1] ELSE [] END AS wanted
      UNWIND rc.sources AS sid
      MATCH (r:Report {id: sid})
      MATCH (h)-[e:EVIDENCED_BY {fact: 'RECEIVED'}]->(r)
      WHERE e.recipientKey = rc.recipientKey
      WITH e, r ORDER BY r.publishedAt DESC, e.start
      RETURN {text: e.text, start: e.start, end: e.end, report: r {.*}}
    }
  }) AS awards
}
RETURN row, reports, observations, projects, industries, enterprises, awards
