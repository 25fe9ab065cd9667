// Officials who visited the same place on the same day.
// within: the place that contains the place (the first by name if several).
MATCH (a:Official)<-[:VISITOR]-(va:Visit)-[:VISITED_PLACE]->(p:Place)<-[:VISITED_PLACE]-(vb:Visit)-[:VISITOR]->(b:Official)
WHERE a.uri < b.uri AND va.date = vb.date
WITH DISTINCT a, b, p, va.date AS date
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH a, b, p, date, min(up.name) AS within
RETURN DISTINCT a.name AS official_a, b.name AS official_b, p.name AS place, within, date
ORDER BY date, place, within, official_a, official_b
