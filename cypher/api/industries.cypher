// Industries, most widespread first; the total and one page.
CALL {
  OPTIONAL MATCH (prov:Province) WHERE $province IS NOT NULL AND prov.name STARTS WITH $province
  RETURN prov.code AS provinceCode ORDER BY provinceCode LIMIT 1
}
MATCH (i:Industry)
WHERE ($nameContains IS NULL OR i.name CONTAINS $nameContains)
  AND ($province IS NULL OR EXISTS { (c:County)-[:HAS_INDUSTRY]->(i) WHERE c.code STARTS WITH coalesce(provinceCode, 'none') })
  AND ($role IS NULL OR EXISTS { (:County)-[h:HAS_INDUSTRY]->(i) WHERE h.role = $role })
WITH i, COUNT { (:County)-[:HAS_INDUSTRY]->(i) } AS counties, COUNT { ()-[:IN_INDUSTRY]->(i) } AS members
ORDER BY counties DESC, members DESC, i.name
WITH collect(i) AS items
RETURN size(items) AS total, [x IN items[$skip..$skip + $limit] | x {.key, .name, .aliases}] AS page
