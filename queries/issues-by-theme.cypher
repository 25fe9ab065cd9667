// Residents' issues rolled up to the top concepts (themes) of the issue scheme.
MATCH (i:Issue)-[:CATEGORY]->(c:Concept)-[:BROADER*0..10]->(t:Concept)
WHERE NOT EXISTS { MATCH (t)-[:BROADER]->(:Concept) }
WITH t, count(DISTINCT i) AS issues
RETURN t.name AS theme, issues
ORDER BY issues DESC, theme
