// Who visited which places, and on what date.
// Undated visits sort after dated ones (Cypher sorts nulls last), as in the SPARQL version.
// within is the place the visited one is part of; when another place holding places has
// that name too (东湖街道 of two districts), the name of the place above it leads (青柳区东湖街道).
// post is the title the official was named with at the visit (the post seen during it, its
// jurisdiction first: 静安区区委书记; the first by that text when the report names several), else
// the first the official holds anywhere: it tells apart officials who share a name (张伟 静安区区委书记,
// 张伟 闵行区区长), whom official-trail then takes by the key it lists.
MATCH (v:Visit)-[:VISITOR]->(o:Official), (v)-[:VISITED_PLACE]->(p:Place)
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
OPTIONAL MATCH (up)-[:PART_OF]->(top:Place)
OPTIONAL MATCH (:Place)-[:PART_OF]->(twin:Place) WHERE twin.name = up.name AND twin <> up
WITH v, o, p, up, top, count(twin) > 0 AS twinned
WITH v, o, p, min(CASE WHEN twinned AND top IS NOT NULL THEN top.name + up.name ELSE up.name END) AS within
OPTIONAL MATCH (o)-[:HOLDS_POST]->(seen:Post)-[:POST_DURING]->(v)
WITH v, o, p, within, min(CASE WHEN seen IS NOT NULL THEN coalesce(seen.jurisdiction, '') + seen.name END) AS during
OPTIONAL MATCH (o)-[:HOLDS_POST]->(other:Post)
WITH v, o, p, within, during, min(CASE WHEN other IS NOT NULL THEN coalesce(other.jurisdiction, '') + other.name END) AS held
RETURN o.name AS official, p.name AS place, within, v.date AS date, coalesce(during, held) AS post
ORDER BY official, date, place, within, post
