// Who visited which places, and on what date.
// Undated visits sort after dated ones (Cypher sorts nulls last), as in the SPARQL version.
// within is the place the visited one is part of; when another place holding places has
// that name too (东湖街道 of two districts), the name of the place above it leads (青柳区东湖街道).
// post is the title the official was named with at the visit (the post seen during it, its
// jurisdiction first: 静安区区长, and 静安区委书记 with the type word written once when the title opens
// with its organ (区委, 区人大, 街道党工委: not 静安区区委书记, NEWCOMER51); the first by that text when the report names several), else
// the first the official holds anywhere: it tells apart officials who share a name (张伟 静安区区委书记,
// 张伟 闵行区区长), whom official-trail then takes by the key it lists.
MATCH (v:Visit)-[:VISITOR]->(o:Official), (v)-[:VISITED_PLACE]->(p:Place)
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
OPTIONAL MATCH (up)-[:PART_OF]->(top:Place)
OPTIONAL MATCH (:Place)-[:PART_OF]->(twin:Place) WHERE twin.name = up.name AND twin <> up
WITH v, o, p, up, top, count(twin) > 0 AS twinned
WITH v, o, p, min(CASE WHEN twinned AND top IS NOT NULL THEN top.name + up.name ELSE up.name END) AS within
OPTIONAL MATCH (o)-[:HOLDS_POST]->(seen:Post)-[:POST_DURING]->(v)
WITH v, o, p, within, min(CASE WHEN seen IS NOT NULL THEN left(coalesce(seen.jurisdiction, ''), size(coalesce(seen.jurisdiction, '')) - (CASE WHEN (coalesce(seen.jurisdiction, '') ENDS WITH '街道' AND seen.name =~ '街道(委|党|人大|政协|政府|人民|纪委|监委).*') OR (coalesce(seen.jurisdiction, '') ENDS WITH '社区' AND seen.name =~ '社区(委|党|人大|政协|政府|人民|纪委|监委).*') THEN 2 WHEN size(coalesce(seen.jurisdiction, '')) > 1 AND coalesce(seen.jurisdiction, '') =~ '.*[区市县旗盟州镇乡村]' AND coalesce(seen.jurisdiction, '') ENDS WITH left(seen.name, 1) AND seen.name =~ '.(委|党|人大|政协|政府|人民|纪委|监委).*' THEN 1 ELSE 0 END)) + seen.name END) AS during
OPTIONAL MATCH (o)-[:HOLDS_POST]->(other:Post)
WITH v, o, p, within, during, min(CASE WHEN other IS NOT NULL THEN left(coalesce(other.jurisdiction, ''), size(coalesce(other.jurisdiction, '')) - (CASE WHEN (coalesce(other.jurisdiction, '') ENDS WITH '街道' AND other.name =~ '街道(委|党|人大|政协|政府|人民|纪委|监委).*') OR (coalesce(other.jurisdiction, '') ENDS WITH '社区' AND other.name =~ '社区(委|党|人大|政协|政府|人民|纪委|监委).*') THEN 2 WHEN size(coalesce(other.jurisdiction, '')) > 1 AND coalesce(other.jurisdiction, '') =~ '.*[区市县旗盟州镇乡村]' AND coalesce(other.jurisdiction, '') ENDS WITH left(other.name, 1) AND other.name =~ '.(委|党|人大|政协|政府|人民|纪委|监委).*' THEN 1 ELSE 0 END)) + other.name END) AS held
RETURN o.name AS official, p.name AS place, within, v.date AS date, coalesce(during, held) AS post
ORDER BY official, date, place, within, post
