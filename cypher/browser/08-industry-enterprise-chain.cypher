// The county–industry–enterprise chain, as a picture.
MATCH path = (c:County)-[:HAS_INDUSTRY]->(i:Industry)<-[:IN_INDUSTRY]-(e:Enterprise)
RETURN path
LIMIT 100
