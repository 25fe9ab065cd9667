// Who visited which places, and on what date.
// Undated visits sort after dated ones (Cypher sorts nulls last), as in the SPARQL version.
// within is the place the visited one is part of; when another place holding places has
// that name too (东湖街道 of two districts), the name of the place above it leads (青柳区东湖街道).
MATCH (v:Visit)-[:VISITOR]->(o:Official), (v)-[:VISITED_PLACE]->(p:Place)
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
OPTIONAL MATCH (up)-[:PART_OF]->(top:Place)
OPTIONAL MATCH (:Place)-[:PART_OF]->(twin:Place) WHERE twin.name = up.name AND twin <> up
WITH v, o, p, up, top, count(twin) > 0 AS twinned
WITH v, o, p, min(CASE WHEN twinned AND top IS NOT NULL THEN top.name + up.name ELSE up.name END) AS within
RETURN o.name AS official, p.name AS place, within, v.date AS date
ORDER BY official, date, place, within
