// The ingest against the real Neo4j: idempotence, stories and corroboration, deletes, and derived
// state that stays exact under a random mix of ingests, replacements and deletes.
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { createExtractor, deleteDocument, type Extractor, ingest } from "../../ingest/ingest.ts";
import type { ExtractionResult, SourceDocument } from "../../ingest/types.ts";
import { graphDigest } from "../../src/graph/digest.ts";
import { generatedDocument } from "../../bench/ingest-corpus.ts";
import { testConfig, testRead, useTestGraph } from "../setup/graph.ts";
import { eventCounterMismatches, nonIntegerCounts, relationsVersusEvents, storyMismatches } from "./ingest-checks.ts";
import { SEEDS } from "./ingest-fixtures.ts";
import { DIFFERENT_STORIES, SAME_STORY } from "../unit/story-pairs.ts";

const graph = useTestGraph();
const seeds = readFileSync(SEEDS, "utf8").trim().split("\n").map((l) => JSON.parse(l) as SourceDocument);

/** The real extractor, each distinct document extracted once per test file (it is deterministic). */
function cachedExtractor(): Extractor {
  const inner = createExtractor(0);
  const cache = new Map<string, Promise<ExtractionResult>>();
  return {
    extract: (doc) => {
      const key = JSON.stringify(doc);
      if (!cache.has(key)) cache.set(key, inner.extract(doc));
      return cache.get(key)!;
    },
    close: () => inner.close(),
  };
}
const extractor = cachedExtractor();

const run = (docs: readonly SourceDocument[], batchSize = 3) => ingest({
  inputs: ["-"], stdin: Readable.from(docs.map((d) => `${JSON.stringify(d)}\n`)),
  extractor, graph: { driver: graph.driver(), settings: testConfig() }, batchSize,
});
const digest = () => graphDigest(graph.driver(), testConfig());

async function expectConsistent(): Promise<void> {
  const rel = await relationsVersusEvents();
  expect(rel.stored).toEqual(rel.recomputed);
  expect(await eventCounterMismatches()).toEqual([]);
  expect(await storyMismatches()).toEqual([]);
  expect(await nonIntegerCounts()).toEqual([]);
}

beforeEach(async () => {
  await graph.clear();
});

describe("ingest into Neo4j", () => {
  it("ingesting the seeds twice changes nothing", async () => {
    const first = await run(seeds);
    expect(first).toMatchObject({ created: 5, failed: 0 });
    expect(first.mentions).toBeGreaterThan(20);
    const before = await digest();
    const second = await run(seeds);
    expect(second).toMatchObject({ created: 0, unchanged: 5, replaced: 0, failed: 0, mentions: 0 });
    const after = await digest();
    expect(after.nodes).toBe(before.nodes);
    expect(after.relationships).toBe(before.relationships);
    expect(after.hash).toBe(before.hash);
    await expectConsistent();
  });

  it("links 000 and 001 as one story; their shared events are corroborated by one story and two documents", async () => {
    await run(seeds);
    const [a, b] = [seeds[0]!.id, seeds[1]!.id];
    const stories = await testRead<{ id: string; story: string }>({ text: "MATCH (d:Document)-[:IN_STORY]->(s:Story) RETURN d.id AS id, s.id AS story", params: {} });
    const storyOf = new Map(stories.map((s) => [s.id, s.story]));
    expect(storyOf.get(a)).toBe(storyOf.get(b));
    expect(new Set(seeds.slice(2).map((d) => storyOf.get(d.id)))).toHaveLength(3);
    expect(seeds.slice(2).some((d) => storyOf.get(d.id) === storyOf.get(a))).toBe(false);
    const linked = await testRead<{ similarity: number }>({ text: "MATCH (:Document {id: $a})-[r:SAME_STORY_AS]-(:Document {id: $b}) RETURN r.similarity AS similarity", params: { a, b } });
    expect(linked).toHaveLength(1);
    const shared = await testRead<{ type: string; documents: number; stories: number }>({
      text: `MATCH (e:Event) WHERE EXISTS { (:Document {id: $a})<-[:PART_OF]-(:Sentence)-[:STATES]->(e) } AND EXISTS { (:Document {id: $b})<-[:PART_OF]-(:Sentence)-[:STATES]->(e) }
RETURN e.type AS type, e.documents AS documents, e.stories AS stories`, params: { a, b },
    });
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const e of shared) expect(e).toMatchObject({ documents: 2, stories: 1 });
  });

  it("a changed document with the same id replaces its old evidence", async () => {
    await run(seeds);
    const changed = { ...seeds[4]!, text: seeds[4]!.text.replace(/North Korea/g, "Iran") };
    const report = await run([changed]);
    expect(report).toMatchObject({ replaced: 1, created: 0 });
    const sentences = await testRead<{ text: string }>({ text: "MATCH (s:Sentence {documentId: $id}) RETURN s.text AS text", params: { id: changed.id } });
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.some((s) => s.text.includes("North Korea"))).toBe(false);
    await expectConsistent();
  });

  it("an id met again in one run is written in input order, its stored hash notwithstanding", async () => {
    await run(seeds);
    const v1 = seeds[4]!;
    const v2 = { ...v1, text: v1.text.replace(/North Korea/g, "Iran") };
    // v1's stored hash equals the last version's: only the pending v2 says v1 must be written again
    const report = await run([v2, v1], 1);
    expect(report).toMatchObject({ replaced: 2, unchanged: 0, failed: 0 });
    const sentences = await testRead<{ text: string }>({ text: "MATCH (s:Sentence {documentId: $id}) RETURN s.text AS text", params: { id: v1.id } });
    expect(sentences.some((s) => s.text.includes("North Korea"))).toBe(true);
    await expectConsistent();
  });

  it("delete removes a document's mentions and the events left without any; summaries stay exact", async () => {
    await run(seeds);
    const only001 = await testRead<{ id: string }>({
      text: `MATCH (e:Event) WHERE ALL(s IN [(s:Sentence)-[:STATES]->(e) | s] WHERE s.documentId = $id) RETURN e.id AS id`, params: { id: seeds[1]!.id },
    });
    expect(await deleteDocument(graph.driver(), testConfig(), [seeds[1]!.id])).toBe(1);
    const left = await testRead<{ n: number }>({ text: "MATCH (e:Event) WHERE e.id IN $ids RETURN count(e) AS n", params: { ids: only001.map((e) => e.id) } });
    expect(left[0]!.n).toBe(0);
    const docs = await testRead<{ n: number }>({ text: "MATCH (s:Sentence {documentId: $id}) RETURN count(s) AS n", params: { id: seeds[1]!.id } });
    expect(docs[0]!.n).toBe(0);
    await expectConsistent();
    // and the graph is what ingesting the other four alone gives
    const afterDelete = await digest();
    await graph.clear();
    await run(seeds.filter((_, i) => i !== 1));
    const clean = await digest();
    expect(afterDelete.lines.filter((l) => !clean.lines.includes(l))).toEqual([]);
    expect(clean.lines.filter((l) => !afterDelete.lines.includes(l))).toEqual([]);
    expect(clean.hash).toBe(afterDelete.hash);
  });

  it("merges each batch's new events into the stored relation summaries, as a recomputation would give", async () => {
    // one pair, new events in every batch (different kinds and days), nothing replaced or deleted
    const sentences = [
      "Russia and China signed a trade agreement in Moscow on Monday, covering 12 energy projects.",
      "Russia imposed sanctions on China on Tuesday over its drone programme.",
      "China accused Russia on Friday of violating the fisheries agreement.",
      "The foreign ministers of Russia and China held talks in Beijing on Sunday.",
      "China rejected a border proposal from Russia on Thursday.",
      "Russia threatened China with retaliation on Wednesday if it continued its missile tests.",
      "Russia and China signed a grain export agreement in Beijing on Saturday.",
      "China imposed sanctions on Russia on Monday over its nuclear programme.",
    ];
    const docs = sentences.map((s, i): SourceDocument => ({ id: `pair-batch-${i}`, text: `Russia and China\n\n${s}`, published: `2024-0${1 + i}-1${i}` }));
    const totals: number[] = [];
    for (let i = 0; i < docs.length; i += 2) {
      await run(docs.slice(i, i + 2), 1);
      await expectConsistent();
      const rows = await testRead<{ events: number }>({ text: "MATCH ()-[r:RELATION]->() RETURN sum(r.events) AS events", params: {} });
      totals.push(rows[0]!.events);
    }
    expect(totals.every((n, i) => i === 0 || n > totals[i - 1]!), `relation events after each batch: ${totals}`).toBe(true);
    const stepwise = await digest();
    await graph.clear();
    await run(docs, 50);
    const clean = await digest();
    expect(clean.lines.filter((l) => !stepwise.lines.includes(l))).toEqual([]);
    expect(clean.hash).toBe(stepwise.hash);
  });

  it("stays exact after a seeded random mix of ingests, replacements and deletes, and equals a clean run of the final set", async () => {
    let seed = 20240619;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // seeds (000 and 001 one story), hand-written same-story and different-story pairs, generated news
    const pairs = [...SAME_STORY, ...DIFFERENT_STORIES].flatMap((p, i) => [p.a, p.b].map((d, j) => ({ id: `pair-${i}-${j}`, text: d.text, published: d.published ?? undefined })));
    const pool: SourceDocument[] = [...seeds, ...pairs, ...Array.from({ length: 8 }, (_, i) => generatedDocument(i, 11))];
    // a generated pair telling one story in other words, so stories merge and split as documents come and go
    const variant = (d: SourceDocument): SourceDocument => ({ ...d, text: d.text.replace(/\n([^\n]+)$/, "\nOfficials declined to comment further.") });
    const current = new Map<string, SourceDocument>();
    for (let step = 0; step < 10; step++) {
      const r = rand();
      if (r < 0.5) {
        const batch = pool.filter(() => rand() < 0.35);
        await run(batch, 1 + Math.floor(rand() * 4));
        batch.forEach((d) => current.set(d.id, d));
      } else if (r < 0.7 && current.size > 0) {
        const victims = [...current.keys()].filter(() => rand() < 0.3);
        await deleteDocument(graph.driver(), testConfig(), victims);
        victims.forEach((id) => current.delete(id));
      } else {
        const changed = [...current.values()].filter(() => rand() < 0.4).map((d) => (current.get(d.id) === d ? variant(d) : d));
        await run(changed, 2);
        changed.forEach((d) => current.set(d.id, d));
      }
      await expectConsistent();
    }
    expect(current.size).toBeGreaterThan(0);
    const links = await testRead<{ n: number }>({ text: "MATCH ()-[r:SAME_STORY_AS]->() RETURN count(r) AS n", params: {} });
    expect(links[0]!.n).toBeGreaterThan(0);
    const mixed = await digest();
    await graph.clear();
    await run([...current.values()].reverse(), 50);
    const clean = await digest();
    expect(clean.lines.filter((l) => !mixed.lines.includes(l))).toEqual([]);
    expect(clean.hash).toBe(mixed.hash);
  }, 240_000);
});
