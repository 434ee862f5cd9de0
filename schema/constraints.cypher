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
// Added with the ingest (#4): the ingest lock, the reference-data marker, and the (source,
// target) index the relation summaries are recomputed through.
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT reference_data_id IF NOT EXISTS FOR (r:ReferenceData) REQUIRE r.id IS UNIQUE;
CREATE INDEX event_pair IF NOT EXISTS FOR (e:Event) ON (e.source, e.target);
// Story lookup (#4): a document's LSH bucket key of band i in storyBand<i> (10 bands), found by
// index seeks; cheaper to write than a StoryKey node and HAS_KEY edge per key.
CREATE INDEX document_story_band0 IF NOT EXISTS FOR (d:Document) ON (d.storyBand0);
CREATE INDEX document_story_band1 IF NOT EXISTS FOR (d:Document) ON (d.storyBand1);
CREATE INDEX document_story_band2 IF NOT EXISTS FOR (d:Document) ON (d.storyBand2);
CREATE INDEX document_story_band3 IF NOT EXISTS FOR (d:Document) ON (d.storyBand3);
CREATE INDEX document_story_band4 IF NOT EXISTS FOR (d:Document) ON (d.storyBand4);
CREATE INDEX document_story_band5 IF NOT EXISTS FOR (d:Document) ON (d.storyBand5);
CREATE INDEX document_story_band6 IF NOT EXISTS FOR (d:Document) ON (d.storyBand6);
CREATE INDEX document_story_band7 IF NOT EXISTS FOR (d:Document) ON (d.storyBand7);
CREATE INDEX document_story_band8 IF NOT EXISTS FOR (d:Document) ON (d.storyBand8);
CREATE INDEX document_story_band9 IF NOT EXISTS FOR (d:Document) ON (d.storyBand9);
// Per-actor event pages by date (#5): an actor's newest (or oldest) events read in index order,
// a page at a time, instead of every event of a hub actor.
CREATE INDEX event_source_date IF NOT EXISTS FOR (e:Event) ON (e.source, e.date);
CREATE INDEX event_target_date IF NOT EXISTS FOR (e:Event) ON (e.target, e.date);
