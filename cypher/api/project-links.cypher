// The county, industry and enterprises of projects (batched).
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN id, p.countyCode AS county,
  head(COLLECT { MATCH (p)-[:IN_INDUSTRY]->(i:Industry) RETURN i {.key, .name, .aliases} }) AS industry,
  COLLECT { MATCH (e:Enterprise)-[:BUILDS]->(p) RETURN e {.key, .name, .aliases} } AS enterprises
