// Residents' issues per category of the issue scheme.
MATCH (i:Issue)-[:CATEGORY]->(c:Concept)
WITH c, count(DISTINCT i) AS issues
RETURN c.name AS category, issues
ORDER BY issues DESC, category
