// The counties (with role) and enterprises of industries (batched).
UNWIND $keys AS key
MATCH (i:Industry {key: key})
RETURN key,
  COLLECT { MATCH (c:County)-[h:HAS_INDUSTRY]->(i) RETURN {code: c.code, role: h.role} ORDER BY c.code } AS counties,
  COLLECT { MATCH (e:Enterprise)-[:IN_INDUSTRY]->(i) RETURN e {.key, .name, .aliases} ORDER BY e.name } AS enterprises
