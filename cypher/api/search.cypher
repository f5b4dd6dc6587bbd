// Full-text search over names and aliases.
CALL db.index.fulltext.queryNodes('name_search', $query) YIELD node, score
RETURN [l IN labels(node) WHERE l IN ['County', 'Project', 'Enterprise', 'Industry', 'Honour']][0] AS type, node {.*} AS node, score
ORDER BY score DESC
LIMIT $first
