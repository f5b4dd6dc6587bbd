MATCH (r:Report)
RETURN count(r) AS reports, max(r.loadedAt) AS lastLoadedAt
