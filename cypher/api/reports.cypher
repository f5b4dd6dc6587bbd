// Reports, most recently loaded first; the total and one page.
MATCH (r:Report)
OPTIONAL MATCH (r)-[:ABOUT]->(c:County)
WITH r, c ORDER BY r.loadedAt DESC, r.id
WITH collect(r {.*, countyCode: c.code}) AS items
RETURN size(items) AS total, items[$skip..$skip + $limit] AS page
