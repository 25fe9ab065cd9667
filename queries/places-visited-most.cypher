// Places by number of visits, with how many different officials came.
MATCH (v:Visit)-[:VISITED_PLACE]->(p:Place), (v)-[:VISITOR]->(o:Official)
WITH p, count(DISTINCT v) AS visits, count(DISTINCT o) AS officials
RETURN p.name AS place, visits, officials
ORDER BY visits DESC, place
