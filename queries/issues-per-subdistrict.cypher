// Residents' issues raised in each subdistrict (街道/镇), counting every place within it.
// PART_OF*0..10: Cypher engines want a bound; place hierarchies are a few levels deep.
MATCH (s:Place {kind: 'Subdistrict'})
MATCH (p:Place)-[:PART_OF*0..10]->(s)
MATCH (p)-[:RAISED_ISSUE]->(i:Issue)
WITH s, count(DISTINCT i) AS issues
RETURN s.name AS subdistrict, issues
ORDER BY issues DESC, subdistrict
