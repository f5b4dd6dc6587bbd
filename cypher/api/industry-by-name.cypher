// An industry by key or by any name it was seen under.
MATCH (i:Industry)
WHERE i.key = $key OR $name IN i.aliases
RETURN i {.key, .name, .aliases} AS industry
ORDER BY CASE WHEN i.key = $key THEN 0 ELSE 1 END
LIMIT 1
