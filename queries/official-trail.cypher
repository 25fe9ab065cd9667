// One official's trail: every visit in date order (a day's in its report's order), with its report (its key: the path relative to the folder built) and the issues raised there.
// param: official name
// $official is the list of the name's spellings (as typed, normalised like the reports);
// an official matches by any of its labels, or by its IRI (what kg query puts there for a
// key, one of several officials of one name).  Nulls sort last, as in the SPARQL version.
MATCH (o:Official)<-[:VISITOR]-(v:Visit)-[:VISITED_PLACE]->(p:Place)
WHERE o.name IN $official OR o.uri IN $official OR any(n IN $official WHERE n IN coalesce(o.altLabels, []))
MATCH (v)-[:SOURCE_REPORT]->(r:Report)
OPTIONAL MATCH (i:Issue)-[:RAISED_DURING]->(v)
WITH DISTINCT v, p, r, i
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH v, p, r, i, min(up.name) AS within
// a day's visits in the order its report tells them (a visit's evidenceStart: where its
// sentence starts in the report), not by the place's name
WITH v.date AS date, p.name AS place, within, r.reportKey AS report, i.name AS issue, min(v.evidenceStart) AS told
RETURN date, place, within, report, issue
ORDER BY date, report, told, place, within, issue
