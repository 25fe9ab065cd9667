// Places by number of visits, with how many different officials came.
MATCH (v:Visit)-[:VISITED_PLACE]->(p:Place), (v)-[:VISITOR]->(o:Official)
WITH p, count(DISTINCT v) AS visits, count(DISTINCT o) AS officials
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH p, visits, officials, min(up.name) AS within
RETURN p.name AS place, within, visits, officials
ORDER BY visits DESC, place, within
