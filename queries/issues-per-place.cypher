// Residents' issues raised at each place.
MATCH (p:Place)-[:RAISED_ISSUE]->(i:Issue)
WITH p, count(DISTINCT i) AS issues
RETURN p.name AS place, issues
ORDER BY issues DESC, place
