// Who visited which places, and on what date.
// Undated visits sort after dated ones (Cypher sorts nulls last), as in the SPARQL version.
MATCH (v:Visit)-[:VISITOR]->(o:Official), (v)-[:VISITED_PLACE]->(p:Place)
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH v, o, p, min(up.name) AS within
RETURN o.name AS official, p.name AS place, within, v.date AS date
ORDER BY official, date, place, within
