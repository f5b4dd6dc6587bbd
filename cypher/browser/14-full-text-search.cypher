// Full-text search over every name (counties, projects, enterprises, industries, honours).
CALL db.index.fulltext.queryNodes('name_search', '锂电') YIELD node, score
RETURN labels(node)[0] AS label, node.name AS name, score
ORDER BY score DESC
LIMIT 20
