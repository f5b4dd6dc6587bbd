// Counties whose full or short name is the one asked for.
MATCH (c:County)
WHERE c.name = $name OR c.shortName = $name
RETURN c.code AS code, c.name AS name
ORDER BY code
