// Residents' issues raised at each place.
MATCH (p:Place)-[:RAISED_ISSUE]->(i:Issue)
WITH p, count(DISTINCT i) AS issues
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH p, issues, min(up.name) AS within
RETURN p.name AS place, within, issues
ORDER BY issues DESC, place, within
