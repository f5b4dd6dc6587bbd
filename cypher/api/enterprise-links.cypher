// The industries, projects, counties and awards of enterprises (batched).
UNWIND $keys AS key
MATCH (e:Enterprise {key: key})
RETURN key,
  COLLECT { MATCH (e)-[:IN_INDUSTRY]->(i:Industry) RETURN i {.key, .name, .aliases} } AS industries,
  COLLECT { MATCH (e)-[:BUILDS]->(p:Project) RETURN p {.*} } AS projects,
  COLLECT { MATCH (e)-[:LOCATED_IN]->(c:County) RETURN c.code } AS counties,
  COLLECT { MATCH (e)-[rc:RECEIVED]->(h:Honour) RETURN {honour: h {.key, .name, .aliases, .level}, year: rc.year, recipientKey: rc.recipientKey, recipient: {name: e.name, type: 'enterprise', countyCode: rc.countyCode}} } AS awards
