// Visits between two dates, inclusive.
// param: from date
// param: to date
MATCH (v:Visit)-[:VISITOR]->(o:Official), (v)-[:VISITED_PLACE]->(p:Place)
WHERE v.date >= $from AND v.date <= $to
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH v, o, p, min(up.name) AS within
RETURN v.date AS date, o.name AS official, p.name AS place, within
ORDER BY date, official, place, within
