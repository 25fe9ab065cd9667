// Officials and the posts they hold, with each post's jurisdiction (the area its title names, when it names one).
MATCH (o:Official)
OPTIONAL MATCH (o)-[:HOLDS_POST]->(p:Post)
RETURN o.name AS official, p.name AS post, p.jurisdiction AS jurisdiction
ORDER BY official, post, jurisdiction
