// Who visited which places, and on what date.
// Undated visits sort after dated ones (Cypher sorts nulls last), as in the SPARQL version.
// within is the place the visited one is part of; when another place holding places has
// that name too (东湖街道 of two districts), the name of the place above it leads (青柳区东湖街道).
// post is the titles the official was named with at the visit (the posts seen during it, its
// jurisdiction first: 静安区区长, and 静安区委书记 with the type word written once when the title opens
// with its organ (区委, 区人大, 街道党工委: not 静安区区委书记, NEWCOMER51); when the report names several,
// every one joined by 、 in code-point order, 区委副书记、区长 (NEWC53; past three, the first two, 、… and
// the last: no list function joins a list in both Neo4j and LadybugDB), else every post
// the official holds anywhere, so: it tells apart officials who share a name (张伟 静安区区委书记,
// 张伟 闵行区区长), whom official-trail then takes by the key it lists.
MATCH (v:Visit)-[:VISITOR]->(o:Official), (v)-[:VISITED_PLACE]->(p:Place)
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
OPTIONAL MATCH (up)-[:PART_OF]->(top:Place)
OPTIONAL MATCH (:Place)-[:PART_OF]->(twin:Place) WHERE twin.name = up.name AND twin <> up
WITH v, o, p, up, top, count(twin) > 0 AS twinned
WITH v, o, p, min(CASE WHEN twinned AND top IS NOT NULL THEN top.name + up.name ELSE up.name END) AS within
OPTIONAL MATCH (o)-[:HOLDS_POST]->(seen:Post)-[:POST_DURING]->(v)
WITH v, o, p, within, CASE WHEN seen IS NOT NULL THEN left(coalesce(seen.jurisdiction, ''), size(coalesce(seen.jurisdiction, '')) - (CASE WHEN (coalesce(seen.jurisdiction, '') ENDS WITH '街道' AND seen.name =~ '街道(委|党|人大|政协|政府|人民|纪委|监委).*') OR (coalesce(seen.jurisdiction, '') ENDS WITH '社区' AND seen.name =~ '社区(委|党|人大|政协|政府|人民|纪委|监委).*') THEN 2 WHEN size(coalesce(seen.jurisdiction, '')) > 1 AND coalesce(seen.jurisdiction, '') =~ '.*[区市县旗盟州镇乡村]' AND coalesce(seen.jurisdiction, '') ENDS WITH left(seen.name, 1) AND seen.name =~ '.(委|党|人大|政协|政府|人民|纪委|监委).*' THEN 1 ELSE 0 END)) + seen.name END AS duringT
WITH v, o, p, within, min(duringT) AS during1, max(duringT) AS during3, count(DISTINCT duringT) AS duringN
OPTIONAL MATCH (o)-[:HOLDS_POST]->(seen2:Post)-[:POST_DURING]->(v)
WITH v, o, p, within, during1, during3, duringN, CASE WHEN seen2 IS NOT NULL THEN left(coalesce(seen2.jurisdiction, ''), size(coalesce(seen2.jurisdiction, '')) - (CASE WHEN (coalesce(seen2.jurisdiction, '') ENDS WITH '街道' AND seen2.name =~ '街道(委|党|人大|政协|政府|人民|纪委|监委).*') OR (coalesce(seen2.jurisdiction, '') ENDS WITH '社区' AND seen2.name =~ '社区(委|党|人大|政协|政府|人民|纪委|监委).*') THEN 2 WHEN size(coalesce(seen2.jurisdiction, '')) > 1 AND coalesce(seen2.jurisdiction, '') =~ '.*[区市县旗盟州镇乡村]' AND coalesce(seen2.jurisdiction, '') ENDS WITH left(seen2.name, 1) AND seen2.name =~ '.(委|党|人大|政协|政府|人民|纪委|监委).*' THEN 1 ELSE 0 END)) + seen2.name END AS duringT2
WITH v, o, p, within, during1, during3, duringN, min(CASE WHEN duringT2 > during1 AND duringT2 < during3 THEN duringT2 END) AS during2
WITH v, o, p, within, CASE WHEN during1 IS NULL THEN NULL ELSE during1 + CASE WHEN during2 IS NULL THEN '' ELSE '、' + during2 END + CASE WHEN duringN > 3 THEN '、…' ELSE '' END + CASE WHEN during3 <> during1 THEN '、' + during3 ELSE '' END END AS during
OPTIONAL MATCH (o)-[:HOLDS_POST]->(other:Post)
WITH v, o, p, within, during, CASE WHEN other IS NOT NULL THEN left(coalesce(other.jurisdiction, ''), size(coalesce(other.jurisdiction, '')) - (CASE WHEN (coalesce(other.jurisdiction, '') ENDS WITH '街道' AND other.name =~ '街道(委|党|人大|政协|政府|人民|纪委|监委).*') OR (coalesce(other.jurisdiction, '') ENDS WITH '社区' AND other.name =~ '社区(委|党|人大|政协|政府|人民|纪委|监委).*') THEN 2 WHEN size(coalesce(other.jurisdiction, '')) > 1 AND coalesce(other.jurisdiction, '') =~ '.*[区市县旗盟州镇乡村]' AND coalesce(other.jurisdiction, '') ENDS WITH left(other.name, 1) AND other.name =~ '.(委|党|人大|政协|政府|人民|纪委|监委).*' THEN 1 ELSE 0 END)) + other.name END AS heldT
WITH v, o, p, within, during, min(heldT) AS held1, max(heldT) AS held3, count(DISTINCT heldT) AS heldN
OPTIONAL MATCH (o)-[:HOLDS_POST]->(other2:Post)
WITH v, o, p, within, during, held1, held3, heldN, CASE WHEN other2 IS NOT NULL THEN left(coalesce(other2.jurisdiction, ''), size(coalesce(other2.jurisdiction, '')) - (CASE WHEN (coalesce(other2.jurisdiction, '') ENDS WITH '街道' AND other2.name =~ '街道(委|党|人大|政协|政府|人民|纪委|监委).*') OR (coalesce(other2.jurisdiction, '') ENDS WITH '社区' AND other2.name =~ '社区(委|党|人大|政协|政府|人民|纪委|监委).*') THEN 2 WHEN size(coalesce(other2.jurisdiction, '')) > 1 AND coalesce(other2.jurisdiction, '') =~ '.*[区市县旗盟州镇乡村]' AND coalesce(other2.jurisdiction, '') ENDS WITH left(other2.name, 1) AND other2.name =~ '.(委|党|人大|政协|政府|人民|纪委|监委).*' THEN 1 ELSE 0 END)) + other2.name END AS heldT2
WITH v, o, p, within, during, held1, held3, heldN, min(CASE WHEN heldT2 > held1 AND heldT2 < held3 THEN heldT2 END) AS held2
WITH v, o, p, within, during, CASE WHEN held1 IS NULL THEN NULL ELSE held1 + CASE WHEN held2 IS NULL THEN '' ELSE '、' + held2 END + CASE WHEN heldN > 3 THEN '、…' ELSE '' END + CASE WHEN held3 <> held1 THEN '、' + held3 ELSE '' END END AS held
RETURN o.name AS official, p.name AS place, within, v.date AS date, coalesce(during, held) AS post
ORDER BY official, date, place, within, post
