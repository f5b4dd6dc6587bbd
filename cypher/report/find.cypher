// The stored version of a report (by id) and older versions of the same file (by path).
OPTIONAL MATCH (same:Report {id: $id})
OPTIONAL MATCH (old:Report {path: $path}) WHERE old.id <> $id
RETURN same.extractorVersion AS storedVersion, collect(old.id) AS olderIds
