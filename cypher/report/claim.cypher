// The first statement of a group's transaction: creates each report or locks the stored
// one (ON MATCH SET takes its write lock), so concurrent writers of one report take turns
// and each later statement sees what the previous writer committed. Ids arrive sorted, so
// two groups lock the reports they share in the same order. The stored path comes back:
// one text in several files is recorded under the first of their paths (code-point
// order), whichever file is loaded last.
UNWIND $ids AS id
MERGE (r:Report {id: id})
ON CREATE SET r.claim = 'new'
ON MATCH SET r.claim = 'stored'
RETURN id, r.claim AS claim, r.path AS path, r.file AS file
