// A page of each industry's projects, largest investment first (batched).
UNWIND $keys AS key
MATCH (i:Industry {key: key})
CALL (i) {
  OPTIONAL MATCH (p:Project)-[:IN_INDUSTRY]->(i)
  WITH p ORDER BY coalesce(p.investmentYuan, -1e30) DESC, p.name
  RETURN collect(p) AS items
}
RETURN key, size(items) AS total, [x IN items[$skip..$skip + $limit] | x {.*}] AS page
