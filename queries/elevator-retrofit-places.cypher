// Places that raised elevator retrofit, or any narrower concept of it (--param concept=IRI for another concept).
// param: concept iri https://w3id.org/govkg/issue#ElevatorRetrofit
MATCH (c:Concept)-[:BROADER*0..10]->(top:Concept {uri: $concept})
MATCH (p:Place)-[:RAISED_ISSUE]->(i:Issue)-[:CATEGORY]->(c)
WITH DISTINCT p, i, c
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH p, i, c, min(up.name) AS within
RETURN DISTINCT p.name AS place, within, i.name AS issue, c.name AS category
ORDER BY place, within, issue, category
