// The sentences behind facts (batched): projects, enterprises, a county's industry, an award.
UNWIND $items AS item
CALL (item) {
  WITH item WHERE item.kind = 'project'
  MATCH (:Project {id: item.key})-[e:EVIDENCED_BY {fact: 'Project'}]->(r:Report)
  RETURN e, r
  UNION
  WITH item WHERE item.kind = 'enterprise'
  MATCH (:Enterprise {key: item.key})-[e:EVIDENCED_BY]->(r:Report)
  RETURN e, r
  UNION
  WITH item WHERE item.kind = 'countyIndustry'
  MATCH (:Industry {key: item.key})-[e:EVIDENCED_BY {fact: 'HAS_INDUSTRY'}]->(r:Report)-[:ABOUT]->(:County {code: item.extra})
  RETURN e, r
  UNION
  WITH item WHERE item.kind = 'award'
  MATCH (:Honour {key: item.key})-[e:EVIDENCED_BY {fact: 'RECEIVED'}]->(r:Report)
  WHERE e.recipientKey = item.extra
  RETURN e, r
}
WITH item, e, r ORDER BY r.publishedAt DESC, e.start
RETURN item.kind + '|' + item.key + '|' + coalesce(item.extra, '') AS k,
  collect({text: e.text, start: e.start, end: e.end, report: r {.*}}) AS evidence
