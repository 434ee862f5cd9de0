// Entente graph constraints and indexes. Idempotent (IF NOT EXISTS): applied by `entente migrate`
// and at start-up. One statement per semicolon.
CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (a:Actor) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (c:Country) REQUIRE c.code IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (o:Organization) REQUIRE o.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (p:Person) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (p:Place) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE;
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX event_quad IF NOT EXISTS FOR (e:Event) ON (e.quadClass);
CREATE INDEX document_sha IF NOT EXISTS FOR (d:Document) ON (d.sha256);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);
CREATE INDEX country_name IF NOT EXISTS FOR (c:Country) ON (c.name);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE FULLTEXT INDEX entente_names IF NOT EXISTS FOR (n:Country|Organization|Person|Place) ON EACH [n.name, n.aliasText];
CREATE FULLTEXT INDEX entente_sentences IF NOT EXISTS FOR (s:Sentence) ON EACH [s.text];
// Added with the ingest (#4): story lookup keys, the ingest lock, the reference-data marker, and
// the (source, target) index the relation summaries are recomputed through.
CREATE CONSTRAINT story_key IF NOT EXISTS FOR (k:StoryKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT reference_data_id IF NOT EXISTS FOR (r:ReferenceData) REQUIRE r.id IS UNIQUE;
CREATE INDEX event_pair IF NOT EXISTS FOR (e:Event) ON (e.source, e.target);
// Story lookup (#4): a document's LSH bucket keys as one whitespace-separated string, found by
// term; cheaper to write than a StoryKey node and HAS_KEY edge per key.
CREATE FULLTEXT INDEX document_story_keys IF NOT EXISTS FOR (d:Document) ON EACH [d.storyKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
