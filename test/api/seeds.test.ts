// The API over the real pipeline: the seed corpus is ingested by ingest/ingest.ts (extraction in a
// worker, the real writer), then asked over HTTP what an analyst would ask.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExtractor, ingest, type Extractor } from "../../ingest/ingest.ts";
import { useTestGraph } from "../setup/graph.ts";
import { clearInChunks } from "./fixtures.ts";
import { codes, gql, testApp } from "./helpers.ts";

const SEEDS = new URL("../../../shared/corpus/seeds.jsonl", import.meta.url).pathname;
const graph = useTestGraph();
const KEY = "seeds-ingest-key-0123456789";
let app: ReturnType<typeof testApp>;
let extractor: Extractor;

beforeAll(async () => {
  await clearInChunks(graph.driver(), graph.config);
  extractor = createExtractor(1);
  const report = await ingest({ inputs: [SEEDS], extractor, graph: { driver: graph.driver(), settings: graph.config } });
  expect(report.failed).toBe(0);
  expect(report.created).toBe(5);
  app = testApp({ driver: graph.driver(), config: { ...graph.config, ingestApiKey: KEY } });
}, 240_000);
afterAll(async () => {
  await app?.dispose();
  await extractor?.close();
});

type Ev = { id: string; type: string; date: string | null; documents: number; stories: number; negated: boolean; evidence: { sentence: { text: string }; document: { id: string } }[] };
const EVENT = "id type date documents stories negated evidence { sentence { text } document { id } }";

describe("the seeds, ingested for real", () => {
  it("relationship(RUS, PRK) holds the treaty and the resumed Moscow-Pyongyang flights", async () => {
    const r = await gql(app, `{ relationship(a: "RUS", b: "PRK") { total countsByType { type count } series { month } trend { direction }
      events(first: 100) { edges { node { ${EVENT} } } } } }`);
    expect(r.errors).toBeUndefined();
    const events: Ev[] = r.data!.relationship.events.edges.map((e: { node: Ev }) => e.node);
    const treaty = events.filter((e) => e.type === "AGREE" && e.evidence.some((m) => /Treaty|treaty/.test(m.sentence.text)));
    expect(treaty.length).toBeGreaterThan(0);
    const flights = events.find((e) => e.type === "COOPERATE" && e.date === "2025-07-27" && e.evidence.some((m) => /flight/i.test(m.sentence.text)));
    expect(flights, JSON.stringify(events.map((e) => [e.type, e.date, e.documents]))).toBeDefined();
    expect(flights!.documents).toBe(2);
    expect(flights!.stories).toBe(1);
    expect(new Set(flights!.evidence.map((m) => m.document.id)).size).toBe(2);
    expect(r.data!.relationship.countsByType.map((c: { type: string }) => c.type)).toEqual(expect.arrayContaining(["AGREE", "COOPERATE"]));
  });

  it("North Korea's troop deployment to Kursk comes with its evidence sentence", async () => {
    const r = await gql(app, `{ events(filter: {source: "PRK", includeUncertain: true}, first: 100) { edges { node { ${EVENT} target { key } } } } }`);
    const kursk = r.data!.events.edges.map((e: { node: Ev }) => e.node)
      .filter((e: Ev) => (e.type === "MOBILIZE" || e.type === "AID") && e.evidence.some((m) => m.sentence.text.includes("Kursk")));
    expect(kursk.length).toBeGreaterThan(0);
    expect(kursk[0].evidence.map((m: { sentence: { text: string } }) => m.sentence.text)).toContain(
      "North Korea has deployed additional troops to Russia, with reports citing Seoul's spy agency indicating the contingent was sent to battlegrounds in Russia's Kursk region.");
  });

  it("North Korea's 'no intention of sending soldiers' appears only when negated events are asked for", async () => {
    const q = `query($neg: Boolean) { events(filter: {actor: "PRK", includeNegated: $neg, includeUncertain: true}, first: 100) { edges { node { ${EVENT} } } } }`;
    const denial = (r: Awaited<ReturnType<typeof gql>>) => r.data!.events.edges.map((e: { node: Ev }) => e.node)
      .filter((e: Ev) => e.evidence.some((m) => m.sentence.text.includes("no intention of sending soldiers")));
    const without = denial(await gql(app, q, { neg: false }));
    const withNegated = denial(await gql(app, q, { neg: true }));
    expect(without).toEqual([]);
    expect(withNegated.length).toBeGreaterThan(0);
    expect(withNegated.every((e: Ev) => e.negated)).toBe(true);
  });

  it("person('Vladimir Putin') has events including the treaty", async () => {
    const r = await gql(app, `{ person(name: "Vladimir Putin") { key events(first: 100, filter: {includeUncertain: true}) { totalCount edges { node { ${EVENT} } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.person.key).toBe("Vladimir Putin");
    const events: Ev[] = r.data!.person.events.edges.map((e: { node: Ev }) => e.node);
    expect(events.some((e) => e.type === "AGREE" && e.evidence.some((m) => /treaty/i.test(m.sentence.text)))).toBe(true);
  });

  it("ingests and deletes over the API with the bearer key, and refuses without it", async () => {
    const doc = { id: "api-doc-1", text: "Russia and North Korea signed a new fisheries agreement on March 3, 2025.", published: "2025-03-04", source: "API test" };
    const m = `mutation($docs: [DocumentInput!]!) { ingestDocuments(documents: $docs) { created unchanged failed events mentions failures { input message } } }`;
    expect(codes(await gql(app, m, { docs: [doc] }))).toEqual(["UNAUTHENTICATED"]);
    const auth = { authorization: `Bearer ${KEY}` };
    const first = await gql(app, m, { docs: [doc] }, auth);
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestDocuments).toMatchObject({ created: 1, failed: 0 });
    const again = await gql(app, m, { docs: [doc] }, auth);
    expect(again.data!.ingestDocuments).toMatchObject({ created: 0, unchanged: 1 });
    expect((await gql(app, `{ document(id: "api-doc-1") { id source } }`)).data!.document).toEqual({ id: "api-doc-1", source: "API test" });
    const del = await gql(app, `mutation { deleteDocument(id: "api-doc-1") { id deleted } }`, {}, auth);
    expect(del.data!.deleteDocument).toEqual({ id: "api-doc-1", deleted: true });
    expect(codes(await gql(app, `{ document(id: "api-doc-1") { id } }`))).toEqual(["NOT_FOUND"]);
    expect(codes(await gql(app, `mutation { deleteDocument(id: "api-doc-1") { id } }`, {}, auth))).toEqual(["NOT_FOUND"]);
    expect(codes(await gql(app, m, { docs: [] }, auth))).toEqual(["BAD_USER_INPUT"]);
  }, 120_000);
});
