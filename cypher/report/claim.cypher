// The first statement of a report's transaction: creates the report or locks the stored
// one (ON MATCH SET takes its write lock), so concurrent writers of one report take turns
// and each later statement sees what the previous writer committed.
MERGE (r:Report {id: $id})
ON CREATE SET r.claim = 'new'
ON MATCH SET r.claim = 'stored'
RETURN r.claim AS claim
