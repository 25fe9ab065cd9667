// Issues raised at a place that no later visit to the same place followed up.
MATCH (p:Place)-[:RAISED_ISSUE]->(i:Issue)-[:RAISED_DURING]->(v:Visit)
WHERE v.date IS NOT NULL
  AND NOT EXISTS { MATCH (later:Visit)-[:VISITED_PLACE]->(p) WHERE later.date > v.date }
WITH DISTINCT p, i, v.date AS raised
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH p, i, raised, min(up.name) AS within
RETURN DISTINCT p.name AS place, within, i.name AS issue, raised
ORDER BY raised, place, within, issue
