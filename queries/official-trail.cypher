// One official's trail: every visit in date order, with its report and the issues raised there.
// param: official string
MATCH (o:Official {name: $official})<-[:VISITOR]-(v:Visit)-[:VISITED_PLACE]->(p:Place)
MATCH (v)-[:SOURCE_REPORT]->(r:Report)
OPTIONAL MATCH (i:Issue)-[:RAISED_DURING]->(v)
RETURN v.date AS date, p.name AS place, r.fileName AS report, i.name AS issue
ORDER BY date, place, issue
