// One official's trail: every visit in date order, with its report and the issues raised there.
// param: official name
// $official is the list of the name's spellings (as typed, normalised like the reports);
// an official matches by any of its labels.  Undated visits come last (Cypher sorts nulls last).
MATCH (o:Official)<-[:VISITOR]-(v:Visit)-[:VISITED_PLACE]->(p:Place)
WHERE o.name IN $official OR any(n IN $official WHERE n IN coalesce(o.altLabels, []))
MATCH (v)-[:SOURCE_REPORT]->(r:Report)
OPTIONAL MATCH (i:Issue)-[:RAISED_DURING]->(v)
RETURN DISTINCT v.date AS date, p.name AS place, r.fileName AS report, i.name AS issue
ORDER BY date, place, issue
