// Who visited which places, and on what date.
MATCH (v:Visit)-[:VISITOR]->(o:Official), (v)-[:VISITED_PLACE]->(p:Place)
RETURN o.name AS official, p.name AS place, v.date AS date
ORDER BY official, date, place
