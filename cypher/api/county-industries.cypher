// Each county's industries with their role (batched).
UNWIND $codes AS code
MATCH (c:County {code: code})-[h:HAS_INDUSTRY]->(i:Industry)
WITH code, h, i ORDER BY CASE h.role WHEN 'leading' THEN 0 WHEN 'characteristic' THEN 1 WHEN 'emerging' THEN 2 ELSE 3 END, i.name
RETURN code, collect({industry: i {.key, .name, .aliases}, role: h.role}) AS industries
