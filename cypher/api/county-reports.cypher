// The reports about each county (batched), newest first.
UNWIND $codes AS code
MATCH (r:Report)-[:ABOUT]->(:County {code: code})
WITH code, r ORDER BY r.publishedAt DESC, r.loadedAt DESC
RETURN code, collect(r {.*}) AS reports
