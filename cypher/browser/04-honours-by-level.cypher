// Honours by level (national, provincial, municipal) and how many recipients each has.
MATCH (recipient)-[rc:RECEIVED]->(h:Honour)
RETURN h.level AS level, count(DISTINCT h) AS honours, count(rc) AS awards, collect(DISTINCT h.name)[..5] AS examples
ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2 ELSE 3 END
