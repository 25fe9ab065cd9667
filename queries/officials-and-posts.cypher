// Officials and the posts they hold.
MATCH (o:Official)
OPTIONAL MATCH (o)-[:HOLDS_POST]->(p:Post)
RETURN o.name AS official, p.name AS post
ORDER BY official, post
