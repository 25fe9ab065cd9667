// Issues raised at a place that no later visit followed up.
// A follow-up is a visit on a later date to the place itself, to a place that
// contains it (the community holding the liaison station where the issue was
// raised, the subdistrict holding that community), or to a place inside it (a
// housing estate of the community where it was raised): PART_OF, followed up
// to 30 steps either way (deeper than any place hierarchy).  A visit to a
// neighbouring place (another community of the same subdistrict) is none.
// An issue raised on a day with no date (a report giving `6月3日` and no year,
// which the build warns about), or tied to no visit (raised at a meeting the report
// names no official's visit for), cannot be told followed up or not: it is listed
// all the same, with an empty date, after the dated ones, to be checked.
// An issue the report itself tells dealt with (reportedOutcome: 此前反映的X，已于
// 本月初修好) is followed up already and is not listed.
MATCH (p:Place)-[:RAISED_ISSUE]->(i:Issue)
WHERE i.reportedOutcome IS NULL
OPTIONAL MATCH (i)-[:RAISED_DURING]->(v:Visit)
WITH p, i, v
WHERE v IS NULL OR v.date IS NULL
   OR (NOT EXISTS { MATCH (later:Visit)-[:VISITED_PLACE]->(p) WHERE later.date > v.date }
       AND NOT EXISTS { MATCH (later:Visit)-[:VISITED_PLACE]->(:Place)<-[:PART_OF*1..30]-(p) WHERE later.date > v.date }
       AND NOT EXISTS { MATCH (later:Visit)-[:VISITED_PLACE]->(:Place)-[:PART_OF*1..30]->(p) WHERE later.date > v.date })
WITH DISTINCT p, i, v.date AS raised
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH p, i, raised, min(up.name) AS within
RETURN DISTINCT p.name AS place, within, i.name AS issue, raised
ORDER BY raised IS NULL, raised, place, within, issue
