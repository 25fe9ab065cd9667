// Issues raised at a place that no later visit to the same place followed up.
MATCH (p:Place)-[:RAISED_ISSUE]->(i:Issue)-[:RAISED_DURING]->(v:Visit)
WHERE v.date IS NOT NULL
  AND NOT EXISTS { MATCH (later:Visit)-[:VISITED_PLACE]->(p) WHERE later.date > v.date }
RETURN DISTINCT p.name AS place, i.name AS issue, v.date AS raised
ORDER BY raised, place, issue
