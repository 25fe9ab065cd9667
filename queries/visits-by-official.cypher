// Who visited which places, and on what date.
// Undated visits sort after dated ones (Cypher sorts nulls last), as in the SPARQL version.
// within is the place the visited one is part of; when another place holding places has
// that name too (东湖街道 of two districts), the name of the place above it leads (青柳区东湖街道).
// post is the titles the official was named with at the visit (the posts seen during it, its
// jurisdiction first: 静安区区长, and 静安区委书记 with the type word written once when the title opens
// with its organ (区委, 区人大, 街道党工委: not 静安区区委书记, NEWCOMER51); when the report names several,
// every one joined by 、 in code-point order, 区委副书记、区长 (NEWC53; past three, the first two, 、… and
// the last: no list function joins a list in both Neo4j and LadybugDB, so each post's title is
// computed once a pass, the first and last in one, the middle in a second over the same posts), else every post
// the official holds anywhere, so: it tells apart officials who share a name (张伟 静安区区委书记,
// 张伟 闵行区区长), whom official-trail then takes by the key it lists.
MATCH (v:Visit)-[:VISITOR]->(o:Official), (v)-[:VISITED_PLACE]->(p:Place)
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
OPTIONAL MATCH (up)-[:PART_OF]->(top:Place)
OPTIONAL MATCH (:Place)-[:PART_OF]->(twin:Place) WHERE twin.name = up.name AND twin <> up
WITH v, o, p, up, top, count(twin) > 0 AS twinned
WITH v, o, p, min(CASE WHEN twinned AND top IS NOT NULL THEN top.name + up.name ELSE up.name END) AS within
OPTIONAL MATCH (o)-[:HOLDS_POST]->(post:Post)
OPTIONAL MATCH (post)-[seen:POST_DURING]->(v)
WITH v, o, p, within, seen IS NOT NULL AS during, CASE WHEN post IS NOT NULL THEN left(coalesce(post.jurisdiction, ''), size(coalesce(post.jurisdiction, '')) - (CASE WHEN post.jurisdiction IS NOT NULL AND post.name CONTAINS post.jurisdiction THEN size(post.jurisdiction) WHEN (coalesce(post.jurisdiction, '') ENDS WITH '街道' AND post.name =~ '街道(委|党|人大|政协|政府|人民|纪委|监委).*') OR (coalesce(post.jurisdiction, '') ENDS WITH '社区' AND post.name =~ '社区(委|党|人大|政协|政府|人民|纪委|监委).*') THEN 2 WHEN size(coalesce(post.jurisdiction, '')) > 1 AND coalesce(post.jurisdiction, '') =~ '.*[区市县旗盟州镇乡村]' AND coalesce(post.jurisdiction, '') ENDS WITH left(post.name, 1) AND post.name =~ '.(委|党|人大|政协|政府|人民|纪委|监委).*' THEN 1 ELSE 0 END)) + post.name END AS title
WITH v, o, p, within, min(CASE WHEN during THEN title END) AS s1, max(CASE WHEN during THEN title END) AS s3, count(DISTINCT CASE WHEN during THEN title END) AS sN, min(title) AS h1, max(title) AS h3, count(DISTINCT title) AS hN
WITH v, o, p, within, sN > 0 AS onlySeen, CASE WHEN sN > 0 THEN s1 ELSE h1 END AS first, CASE WHEN sN > 0 THEN s3 ELSE h3 END AS last, CASE WHEN sN > 0 THEN sN ELSE hN END AS n
OPTIONAL MATCH (o)-[:HOLDS_POST]->(post2:Post)
OPTIONAL MATCH (post2)-[seen2:POST_DURING]->(v)
WITH v, o, p, within, first, last, n, CASE WHEN post2 IS NOT NULL AND (seen2 IS NOT NULL OR NOT onlySeen) THEN left(coalesce(post2.jurisdiction, ''), size(coalesce(post2.jurisdiction, '')) - (CASE WHEN post2.jurisdiction IS NOT NULL AND post2.name CONTAINS post2.jurisdiction THEN size(post2.jurisdiction) WHEN (coalesce(post2.jurisdiction, '') ENDS WITH '街道' AND post2.name =~ '街道(委|党|人大|政协|政府|人民|纪委|监委).*') OR (coalesce(post2.jurisdiction, '') ENDS WITH '社区' AND post2.name =~ '社区(委|党|人大|政协|政府|人民|纪委|监委).*') THEN 2 WHEN size(coalesce(post2.jurisdiction, '')) > 1 AND coalesce(post2.jurisdiction, '') =~ '.*[区市县旗盟州镇乡村]' AND coalesce(post2.jurisdiction, '') ENDS WITH left(post2.name, 1) AND post2.name =~ '.(委|党|人大|政协|政府|人民|纪委|监委).*' THEN 1 ELSE 0 END)) + post2.name END AS title2
WITH v, o, p, within, first, last, n, min(CASE WHEN title2 > first AND title2 < last THEN title2 END) AS middle
WITH v, o, p, within, CASE WHEN first IS NULL THEN NULL ELSE first + CASE WHEN middle IS NULL THEN '' ELSE '、' + middle END + CASE WHEN n > 3 THEN '、…' ELSE '' END + CASE WHEN last <> first THEN '、' + last ELSE '' END END AS post
RETURN o.name AS official, p.name AS place, within, v.date AS date, post
ORDER BY official, date, place, within, post
