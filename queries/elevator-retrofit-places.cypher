// Places that raised elevator retrofit, or any narrower concept of it (--param concept=IRI for another concept).
// param: concept iri https://w3id.org/govkg/issue#ElevatorRetrofit
MATCH (c:Concept)-[:BROADER*0..10]->(top:Concept {uri: $concept})
MATCH (p:Place)-[:RAISED_ISSUE]->(i:Issue)-[:CATEGORY]->(c)
RETURN DISTINCT p.name AS place, i.name AS issue, c.name AS category
ORDER BY place, issue
