// How many reports the graph holds (from the count store: no scan).
MATCH (r:Report) RETURN count(r) AS reports
