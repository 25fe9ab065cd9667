// Officials who visited the same place on the same day.
MATCH (a:Official)<-[:VISITOR]-(va:Visit)-[:VISITED_PLACE]->(p:Place)<-[:VISITED_PLACE]-(vb:Visit)-[:VISITOR]->(b:Official)
WHERE a.uri < b.uri AND va.date = vb.date
RETURN DISTINCT a.name AS official_a, b.name AS official_b, p.name AS place, va.date AS date
ORDER BY date, place, official_a, official_b
