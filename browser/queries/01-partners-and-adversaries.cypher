// Entente: a country's partners and adversaries
// Edit the key (ISO alpha-3, or an organization key such as NATO). Net weight above 0 is a partner, below 0 an adversary.
WITH 'RUS' AS country
MATCH (c:Actor {key: country})-[r:RELATION]-(other:Actor)
RETURN other.key AS actor, coalesce(other.name, other.key) AS name,
       CASE WHEN r.weight > 0 THEN 'partner' WHEN r.weight < 0 THEN 'adversary' ELSE 'neutral' END AS stance,
       r.weight AS netWeight, r.events AS events, r.cooperation AS cooperation, r.conflict AS conflict,
       r.first AS first, r.last AS last
ORDER BY r.weight DESC, r.events DESC
