// Projects by id (batched).
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN id, p {.*} AS project
