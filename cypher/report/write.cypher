// Writes a group of reports after their claim and the removal of their older content.
// The group is written by six statements in one transaction, sent together: this one
// (each report, its county's place in the gazetteer, and the names of everything it
// mentions), then report/write-observations, -industries, -enterprises, -projects and
// -honours. Each statement covers every report of the group (on a small machine each
// statement and each commit has a fixed cost), and each stays small enough to plan
// quickly (one statement for everything took seconds to plan, and Neo4j plans a
// statement again as the graph grows). Evidence is CREATEd: each report's own evidence
// was removed before, rows are unique per fact key, and a group never holds one report
// twice. Nothing depends on the order reports arrive in: a node's name is chosen from all
// the names seen for it, a project's figures are settled afterwards from its evidence
// (report/settle-projects), and lists of sources compare as sets.
UNWIND $reports AS rep
MERGE (r:Report {id: rep.report.id})
SET r += rep.report
REMOVE r.claim
WITH r, rep
// The normalized text, on a node of its own so that reading a report's fields never loads
// it. The id is the text's hash: a report that has its text keeps it.
CALL (r, rep) {
  WITH r, rep WHERE rep.text IS NOT NULL AND NOT EXISTS { (r)-[:HAS_TEXT]->(:ReportText) }
  CREATE (r)-[:HAS_TEXT]->(:ReportText {text: rep.text})
}
CALL (r, rep) {
  WITH r, rep WHERE rep.county IS NOT NULL
  // Shared places are written only when they change: an unchanged SET still takes a write
  // lock, and every report of a province would queue on the province's node.
  MERGE (c:County {code: rep.county.code})
  ON CREATE SET c.name = rep.county.name, c.shortName = rep.county.shortName, c.kind = rep.county.kind
  FOREACH (_ IN CASE WHEN c.name = rep.county.name AND c.shortName = rep.county.shortName AND c.kind = rep.county.kind THEN [] ELSE [1] END |
    SET c.name = rep.county.name, c.shortName = rep.county.shortName, c.kind = rep.county.kind)
  MERGE (p:Province {code: rep.county.provinceCode})
  ON CREATE SET p.name = rep.county.province
  MERGE (r)-[:ABOUT]->(c)
  WITH c, p, rep
  CALL (c, p, rep) {
    WITH c, p, rep WHERE rep.county.prefectureCode IS NOT NULL
    MERGE (f:Prefecture {code: rep.county.prefectureCode})
    ON CREATE SET f.name = rep.county.prefecture
    MERGE (c)-[:IN]->(f)
    MERGE (f)-[:IN]->(p)
  }
  CALL (c, p, rep) {
    WITH c, p, rep WHERE rep.county.prefectureCode IS NULL
    MERGE (c)-[:IN]->(p)
  }
}
// Names first: every industry, enterprise and project the report mentions, with each name
// it uses for them, so the sections below only MATCH them. The name a node shows is chosen
// from all its names, whatever order reports come in: industries the shortest (锂电池 over
// 锂电池产业), enterprises and projects the longest (the full legal name), ties the first
// in code-point order. A shared node is written only when this report adds a name to it:
// an unchanged SET would still take its write lock, and every loader touches the same
// few industries.
CALL (rep) {
  UNWIND rep.names.industries AS row
  MERGE (i:Industry {key: row.key})
  ON CREATE SET i.name = row.name, i.aliases = [row.name], i.aliasText = ' ' + row.name
  FOREACH (_ IN CASE WHEN row.name IN i.aliases THEN [] ELSE [1] END |
    SET i.aliases = i.aliases + row.name, i.aliasText = i.aliasText + ' ' + row.name,
        i.name = CASE WHEN size(row.name) < size(i.name) OR (size(row.name) = size(i.name) AND row.name < i.name) THEN row.name ELSE i.name END)
}
CALL (rep) {
  UNWIND rep.names.enterprises AS row
  MERGE (en:Enterprise {key: row.key})
  ON CREATE SET en.name = row.name, en.aliases = [row.name], en.aliasText = ' ' + row.name
  FOREACH (_ IN CASE WHEN row.name IN en.aliases THEN [] ELSE [1] END |
    SET en.aliases = en.aliases + row.name, en.aliasText = en.aliasText + ' ' + row.name,
        en.name = CASE WHEN size(row.name) > size(en.name) OR (size(row.name) = size(en.name) AND row.name < en.name) THEN row.name ELSE en.name END)
}
CALL (rep) {
  UNWIND rep.names.projects AS row
  MERGE (p:Project {id: row.key})
  ON CREATE SET p.name = row.name, p.aliases = [row.name], p.aliasText = ' ' + row.name, p.countyCode = rep.countyCode
  FOREACH (_ IN CASE WHEN row.name IN p.aliases THEN [] ELSE [1] END |
    SET p.aliases = p.aliases + row.name, p.aliasText = p.aliasText + ' ' + row.name,
        p.name = CASE WHEN size(row.name) > size(p.name) OR (size(row.name) = size(p.name) AND row.name < p.name) THEN row.name ELSE p.name END)
}
RETURN count(*) AS reports
