// For a batch of reports: the stored version of each (by id) and older versions of the same
// file (by path); and how many reports the graph holds (from the count store: a load into
// a young graph keeps its write plans, see stablePlan).
CALL () { MATCH (r:Report) RETURN count(r) AS reportsInGraph }
UNWIND $reports AS x
OPTIONAL MATCH (same:Report {id: x.id})
OPTIONAL MATCH (old:Report {path: x.path}) WHERE old.id <> x.id
RETURN x.id AS id, same.extractorVersion AS storedVersion, collect(old.id) AS olderIds, reportsInGraph
