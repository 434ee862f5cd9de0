// Entente: the neighbourhood of two countries
// The two actors, their RELATION, the events between them, the people who acted and the places.
WITH 'RUS' AS a, 'PRK' AS b
MATCH (x:Actor {key: a})
MATCH (y:Actor {key: b})
MATCH (e:Event)-[r1:SOURCE|TARGET]->(x)
MATCH (e)-[r2:SOURCE|TARGET]->(y)
OPTIONAL MATCH (x)-[rel:RELATION]-(y)
OPTIONAL MATCH (p:Person)-[r3:ACTED_IN]->(e)
OPTIONAL MATCH (e)-[r4:AT]->(pl:Place)
RETURN x, y, rel, e, r1, r2, p, r3, pl, r4
