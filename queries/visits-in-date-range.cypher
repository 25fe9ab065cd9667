// Visits between two dates, inclusive.
// param: from date
// param: to date
MATCH (v:Visit)-[:VISITOR]->(o:Official), (v)-[:VISITED_PLACE]->(p:Place)
WHERE v.date >= $from AND v.date <= $to
RETURN v.date AS date, o.name AS official, p.name AS place
ORDER BY date, official, place
