// Cypher for the documents side of the ingest: the lock, documents with their evidence sentences,
// story lookup keys, stories and deletes. Pure values; every write MERGEs on a constrained key.
import type { Cypher } from "../driver.ts";

export type SentenceRow = Readonly<{ id: string; index: number; text: string; start: number; end: number }>;
export type PersonRow = Readonly<{ key: string; name: string; resolved: boolean }>;
export type PlaceRow = Readonly<{ key: string; name: string; country: string | null; lat: number; lon: number }>;

/** A document as stored: its properties, story features, and the sentences that state events. */
export type DocumentRow = Readonly<{
  id: string;
  sha256: string;
  source: string | null;
  published: string | null;
  title: string | null;
  ingestedAt: string;
  storyNames: readonly string[];
  storyContent: readonly number[];
  storySignatures: readonly string[];
  /** LSH bucket key per band (null: none), stored in `storyBand<i>` (indexed, see constraints.cypher). */
  storyBands: readonly (string | null)[];
  sentences: readonly SentenceRow[];
}>;

/**
 * Every ingest or delete transaction starts here: one lock node serialises the writers, so a
 * transaction that decides stories and event identities sees every committed document and no
 * concurrent one (two ingests at once leave the graph one ingest would). Extraction, the costly
 * part, runs outside the lock.
 */
export function lockIngest(): Cypher {
  return { text: "MERGE (l:IngestLock {id: 'ingest'}) SET l.held = true", params: {} };
}

export function readDocumentState(ids: readonly string[]): Cypher {
  return {
    text: `UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:IN_STORY]->(s:Story)
RETURN d.id AS id, d.sha256 AS sha256, s.id AS storyId`,
    params: { ids },
  };
}

/**
 * Deletes documents with their sentences and mentions; returns what the caller must recompute:
 * the events they stated, their story, their same-story neighbours.
 */
export function deleteDocuments(ids: readonly string[]): Cypher {
  return {
    text: `UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:IN_STORY]->(st:Story)
WITH d, st
OPTIONAL MATCH (d)-[:SAME_STORY_AS]-(n:Document)
WITH d, st, collect(DISTINCT n.id) AS neighbors
OPTIONAL MATCH (s:Sentence)-[:PART_OF]->(d)
OPTIONAL MATCH (s)-[:STATES]->(e:Event)
WITH d, st, neighbors, collect(DISTINCT s) AS sentences, collect(DISTINCT e.id) AS eventIds
FOREACH (s IN sentences | DETACH DELETE s)
WITH d, d.id AS id, st.id AS storyId, neighbors, eventIds
DETACH DELETE d
RETURN id, storyId, neighbors, eventIds`,
    params: { ids },
  };
}

/**
 * Creates documents, their lookup keys and evidence sentences (mentions are written apart). The
 * caller holds the ingest lock and has deleted any stored version of these ids, so the document,
 * its sentences and its edges are new: CREATE, not MERGE (no lookups; the id constraints still
 * refuse a duplicate). Lookup keys are a property (see readStoryCandidates).
 */
export function writeDocuments(docs: readonly DocumentRow[]): Cypher {
  return {
    text: `UNWIND $docs AS doc
CREATE (d:Document {id: doc.id})
SET d.sha256 = doc.sha256, d.source = doc.source, d.published = doc.published, d.title = doc.title,
    d.ingestedAt = doc.ingestedAt, d.storyNames = doc.storyNames, d.storyContent = doc.storyContent,
    d.storySignatures = doc.storySignatures,
    ${BANDS.map((i) => `d.storyBand${i} = doc.storyBands[${i}]`).join(", ")}
WITH d, doc
CALL (d, doc) {
  UNWIND doc.sentences AS s
  CREATE (x:Sentence {id: s.id})
  SET x.documentId = doc.id, x.index = toInteger(s.index), x.text = s.text,
      x.start = toInteger(s.start), x.end = toInteger(s.end)
  CREATE (x)-[:PART_OF]->(d)
}`,
    params: { docs },
  };
}

/** People and places the mentions point at (resolved people normally come from the gazetteer). */
export function mergePeopleAndPlaces(people: readonly PersonRow[], places: readonly PlaceRow[]): Cypher {
  return {
    text: `CALL () {
  UNWIND $people AS p
  MERGE (x:Person {key: p.key})
  ON CREATE SET x.name = p.name, x.resolved = p.resolved
}
CALL () {
  UNWIND $places AS p
  MERGE (x:Place {key: p.key})
  ON CREATE SET x.name = p.name, x.country = p.country, x.lat = p.lat, x.lon = p.lon, x.curated = false
  WITH x, p
  MATCH (c:Country {code: p.country})
  MERGE (x)-[:IN]->(c)
}`,
    params: { people, places },
  };
}

/** Story lookup bands: one indexed property per band, `storyBand0`..`storyBand9` (constraints.cypher). */
export const STORY_BANDS = 10;
const BANDS = Array.from({ length: STORY_BANDS }, (_, i) => i);

/**
 * Stored documents holding, in some band, one of the keys looked up in that band (`keys[i]`), with
 * their keys (the caller pairs them with the documents that looked the keys up): an index seek
 * per key. The batch's own documents are left out: the writer pairs them in memory.
 */
export function readStoryCandidates(keys: readonly (readonly string[])[], batch: readonly string[]): Cypher {
  return {
    text: `CALL () {
${BANDS.map((i) => `  MATCH (d:Document) WHERE d.storyBand${i} IN $keys[${i}] RETURN d`).join("\n  UNION\n")}
}
WITH d WHERE NOT d.id IN $batch
RETURN d.id AS id, [${BANDS.map((i) => `d.storyBand${i}`).join(", ")}] AS keys`,
    params: { keys: BANDS.map((i) => keys[i] ?? []), batch },
  };
}

export function readStoryFeatures(ids: readonly string[]): Cypher {
  return {
    text: `UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.storyNames AS names, d.storyContent AS content, d.storySignatures AS signatures, d.published AS published`,
    params: { ids },
  };
}

/** Pairs are stored once, from the smaller id to the larger. */
export function writeSameStory(pairs: readonly Readonly<{ a: string; b: string; similarity: number }>[]): Cypher {
  return {
    text: `UNWIND $pairs AS p
MATCH (a:Document {id: p.a}), (b:Document {id: p.b})
MERGE (a)-[r:SAME_STORY_AS]->(b)
SET r.similarity = p.similarity`,
    params: { pairs },
  };
}

/** Same-story neighbours and current story of documents (one breadth-first step). */
export function readStoryNeighbors(ids: readonly string[]): Cypher {
  return {
    text: `UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:SAME_STORY_AS]-(n:Document)
WITH d, collect(DISTINCT n.id) AS neighbors
OPTIONAL MATCH (d)-[:IN_STORY]->(s:Story)
RETURN d.id AS id, neighbors, s.id AS storyId`,
    params: { ids },
  };
}

export function readStoryDocuments(storyIds: readonly string[]): Cypher {
  return {
    text: `UNWIND $storyIds AS sid
MATCH (d:Document)-[:IN_STORY]->(:Story {id: sid})
RETURN d.id AS id`,
    params: { storyIds },
  };
}

export function assignStories(rows: readonly Readonly<{ documentId: string; storyId: string }>[]): Cypher {
  return {
    text: `UNWIND $rows AS r
MATCH (d:Document {id: r.documentId})
CALL (d) { MATCH (d)-[old:IN_STORY]->() DELETE old }
MERGE (s:Story {id: r.storyId})
MERGE (d)-[:IN_STORY]->(s)`,
    params: { rows },
  };
}

/** Story sizes recounted; stories left without documents deleted. */
export function refreshStories(storyIds: readonly string[]): Cypher {
  return {
    text: `UNWIND $storyIds AS sid
MATCH (s:Story {id: sid})
WITH s, COUNT { (:Document)-[:IN_STORY]->(s) } AS n
SET s.documents = n
WITH s, n WHERE n = 0
DETACH DELETE s`,
    params: { storyIds },
  };
}

/** Nodes only the ingest creates, deleted once nothing points at them (a clean run would not have them). */
export function deleteOrphans(keys: Readonly<{ people: readonly string[]; places: readonly string[]; actors: readonly string[] }>): Cypher {
  return {
    text: `CALL () {
  UNWIND $people AS key
  MATCH (p:Person {key: key}) WHERE p.resolved = false AND NOT (p)--()
  DELETE p
}
CALL () {
  UNWIND $places AS key
  MATCH (p:Place {key: key}) WHERE p.curated = false AND NOT (p)<--()
  DETACH DELETE p
}
CALL () {
  UNWIND $actors AS key
  MATCH (a:Actor {key: key}) WHERE NOT a:Country AND NOT a:Organization AND NOT (a)--()
  DELETE a
}`,
    params: keys,
  };
}
