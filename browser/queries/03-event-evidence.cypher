// Entente: the evidence for an event
// Paste an event id instead of null; with null, the most corroborated event is shown.
WITH null AS eventId
MATCH (e:Event)
WHERE eventId IS NULL OR e.id = eventId
WITH e ORDER BY e.stories DESC, e.documents DESC, e.mentions DESC, e.id LIMIT 1
MATCH (s:Sentence)-[st:STATES]->(e)
MATCH (s)-[:PART_OF]->(d:Document)
OPTIONAL MATCH (d)-[:IN_STORY]->(story:Story)
RETURN e.id AS event, e.type AS type, e.source AS source, e.target AS target, e.date AS date,
       d.id AS document, d.published AS published, d.title AS title, story.id AS story,
       s.text AS sentence, st.uncertain AS uncertain
ORDER BY published, document, s.index
