// Officials and the posts they hold, with each post's jurisdiction (the area its title names, when it names one).
// The area is the town, subdistrict or village in the graph whose name opens the title
// (清河镇党委书记: 清河镇; the longest such name), else the post's jurisdiction, the district the title names.
MATCH (o:Official)
OPTIONAL MATCH (o)-[:HOLDS_POST]->(p:Post)
OPTIONAL MATCH (a:Place) WHERE a.kind IN ['Subdistrict', 'ResidentsCommittee', 'VillagersCommittee'] AND p.name STARTS WITH a.name AND size(a.name) < size(p.name)
WITH o, p, max(size(a.name)) AS longest
OPTIONAL MATCH (b:Place) WHERE b.kind IN ['Subdistrict', 'ResidentsCommittee', 'VillagersCommittee'] AND p.name STARTS WITH b.name AND size(b.name) = longest
RETURN DISTINCT o.name AS official, p.name AS post, coalesce(b.name, p.jurisdiction) AS jurisdiction
ORDER BY official, post, jurisdiction
