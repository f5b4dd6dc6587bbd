// The county a report is about (read before the report is deleted, to prune its places after).
MATCH (:Report {id: $reportId})-[:ABOUT]->(c:County)
RETURN c.code AS code
