// An enterprise by key or by any name it was seen under.
MATCH (e:Enterprise)
WHERE e.key = $key OR $name IN e.aliases
RETURN e {.key, .name, .aliases} AS enterprise
ORDER BY CASE WHEN e.key = $key THEN 0 ELSE 1 END
LIMIT 1
