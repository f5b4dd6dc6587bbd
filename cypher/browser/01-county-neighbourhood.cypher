// A county's neighbourhood: its projects, industries, honours, indicators and reports.
// Change the name to explore another county.
MATCH (c:County {name: '临武县'})-[r]-(n)
RETURN c, r, n
LIMIT 150
