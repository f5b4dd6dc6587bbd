// Reports by id with the county they are about (batched).
UNWIND $ids AS id
MATCH (r:Report {id: id})
OPTIONAL MATCH (r)-[:ABOUT]->(c:County)
RETURN id, r {.*, countyCode: c.code} AS report
