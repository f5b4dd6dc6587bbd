// Awards of each county and of the units in it (batched), newest first.
UNWIND $codes AS code
MATCH (recipient)-[rc:RECEIVED]->(h:Honour)
WHERE rc.countyCode = code AND ($level IS NULL OR h.level = $level) AND ($year IS NULL OR rc.year = $year)
WITH code, rc, h, recipient ORDER BY rc.year DESC, h.name
RETURN code, collect({
  honour: h {.key, .name, .aliases, .level},
  year: rc.year,
  recipientKey: rc.recipientKey,
  recipient: {name: recipient.name, type: coalesce(rc.recipientType, 'county'), countyCode: rc.countyCode}
}) AS awards
