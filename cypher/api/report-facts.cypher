// Reports with their normalized text and every fact read from them, in text order (batched).
// A recipient's own evidence (RECIPIENT) repeats its award's sentence and is left out. An
// award's evidence carries the recipient's type, so no shared Honour's awards are walked.
UNWIND $ids AS id
MATCH (r:Report {id: id})
OPTIONAL MATCH (r)-[:HAS_TEXT]->(t:ReportText)
OPTIONAL MATCH (r)-[:ABOUT]->(c:County)
CALL (r) {
  OPTIONAL MATCH (n)-[e:EVIDENCED_BY]->(r)
  WHERE e.fact <> 'RECIPIENT'
  WITH n, e ORDER BY e.start, e.fact, n.name, n.label
  RETURN collect({
    fact: e.fact, start: e.start, end: e.end, sentence: e.text,
    node: n {.*},
    role: e.role, year: e.year, recipient: e.recipient, recipientKey: e.recipientKey, recipientType: e.recipientType
  }) AS facts
}
RETURN id, t.text AS text, r {.*, countyCode: c.code} AS report, [f IN facts WHERE f.fact IS NOT NULL] AS facts
