// Entente: the RELATION network of a region
// A region is a list of actor keys: Northeast Asia here; e.g. ['UKR', 'RUS', 'BLR', 'POL', 'MDA'] for Eastern Europe.
WITH ['RUS', 'PRK', 'KOR', 'CHN', 'JPN', 'MNG', 'USA'] AS region
MATCH (a:Actor)-[r:RELATION]->(b:Actor)
WHERE a.key IN region AND b.key IN region
RETURN a, r, b
