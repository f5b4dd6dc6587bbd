// Industry clusters: industries that more than one county names as its own.
MATCH (c:County)-[h:HAS_INDUSTRY]->(i:Industry)
WITH i, collect(c.name + coalesce(' (' + h.role + ')', '')) AS counties
WHERE size(counties) > 1
RETURN i.name AS industry, size(counties) AS count, counties
ORDER BY count DESC, industry
