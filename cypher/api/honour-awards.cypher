// Who received honours, and when (batched).
UNWIND $keys AS key
MATCH (recipient)-[rc:RECEIVED]->(h:Honour {key: key})
WITH key, h, rc, recipient ORDER BY rc.year DESC, recipient.name
RETURN key, collect({
  honour: h {.key, .name, .aliases, .level},
  year: rc.year,
  recipientKey: rc.recipientKey,
  recipient: {name: recipient.name, type: coalesce(rc.recipientType, 'county'), countyCode: rc.countyCode}
}) AS awards
