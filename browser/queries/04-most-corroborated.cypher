// Entente: the most corroborated events
// stories = independent stories stating the event; documents and mentions break ties.
MATCH (e:Event)
WHERE NOT coalesce(e.negated, false)
RETURN e.id AS id, e.type AS type, e.source AS source, e.target AS target, e.date AS date,
       e.stories AS stories, e.documents AS documents, e.mentions AS mentions,
       [(s:Sentence)-[:STATES]->(e) | s.text][0..3] AS evidence
ORDER BY stories DESC, documents DESC, mentions DESC, id
LIMIT 25
