// Counties with the most industries in common (Jaccard similarity of the industry sets), batched.
UNWIND $codes AS code
MATCH (c:County {code: code})-[:HAS_INDUSTRY]->(i:Industry)<-[:HAS_INDUSTRY]-(o:County)
WHERE o <> c
WITH code, c, o, collect(i.name) AS shared
WITH code, o, shared, COUNT { (c)-[:HAS_INDUSTRY]->() } AS mine, COUNT { (o)-[:HAS_INDUSTRY]->() } AS theirs
WITH code, o, shared, toFloat(size(shared)) / (mine + theirs - size(shared)) AS score
ORDER BY score DESC, size(shared) DESC, o.code
RETURN code, collect({code: o.code, score: score, shared: shared})[..$first] AS similar
