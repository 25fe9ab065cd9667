// Each report (its key: the path relative to the folder built, unique where file names repeat) with its date and the number of visits and issues read from it.
MATCH (r:Report)
OPTIONAL MATCH (v:Visit)-[:SOURCE_REPORT]->(r)
WITH r, count(DISTINCT v) AS visits
OPTIONAL MATCH (i:Issue)-[:SOURCE_REPORT]->(r)
WITH r, visits, count(DISTINCT i) AS issues
RETURN r.reportKey AS report, r.date AS date, visits, issues
ORDER BY date, report
