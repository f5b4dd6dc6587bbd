// Counties by code, with their prefecture and province (batched for a request).
UNWIND $codes AS code
MATCH (c:County {code: code})
OPTIONAL MATCH (c)-[:IN]->(f:Prefecture)
OPTIONAL MATCH (c)-[:IN*1..2]->(p:Province)
RETURN code, c {.code, .name, .shortName, .kind} AS county, f {.code, .name} AS prefecture, p {.code, .name} AS province
