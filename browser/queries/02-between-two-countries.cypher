// Entente: what happened between two countries, in order
// Events either way between the two actors, by date (the first report's date when the text gives none).
WITH 'RUS' AS a, 'PRK' AS b
MATCH (e:Event)-[:SOURCE]->(src:Actor)
MATCH (e)-[:TARGET]->(tgt:Actor)
WHERE (src.key = a AND tgt.key = b) OR (src.key = b AND tgt.key = a)
OPTIONAL MATCH (s:Sentence)-[:STATES]->(e)
OPTIONAL MATCH (s)-[:PART_OF]->(d:Document)
WITH e, src, tgt, min(d.published) AS firstReported
RETURN coalesce(e.date, firstReported) AS date, e.date IS NULL AS dateIsFirstReport,
       src.key AS source, e.type AS type, e.subtype AS subtype, tgt.key AS target,
       e.quadClass AS quadClass, e.negated AS negated, e.stories AS stories, e.id AS id
ORDER BY date, type, id
