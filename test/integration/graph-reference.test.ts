// Reference data and people in the graph (#4, #7): gazetteer nodes loaded once, people linked to
// the events they took part in with their role, unresolved people kept (and removed with their
// last event), neo4j:// routing URIs.
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../ingest/gazetteer/index.ts";
import { createExtractor, deleteDocument, ingest } from "../../ingest/ingest.ts";
import { referenceDataOf } from "../../ingest/reference.ts";
import type { SourceDocument } from "../../ingest/types.ts";
import { closeDriver, createDriver } from "../../src/graph/driver.ts";
import { ensureReferenceData } from "../../src/graph/reference-data.ts";
import { testConfig, testRead, useTestGraph } from "../setup/graph.ts";
import { goldExtractor, SEEDS } from "./ingest-fixtures.ts";

const graph = useTestGraph();
const seeds = readFileSync(SEEDS, "utf8").trim().split("\n").map((l) => JSON.parse(l) as SourceDocument);
const reference = referenceDataOf(loadGazetteer());
const feed = (docs: readonly SourceDocument[]) => Readable.from(docs.map((d) => `${JSON.stringify(d)}\n`));

beforeAll(async () => {
  await graph.clear();
});

describe("reference data", () => {
  it("loads countries, organizations with members and people with offices once", async () => {
    expect(await ensureReferenceData(graph.driver(), testConfig(), reference)).toBe(true);
    expect(await ensureReferenceData(graph.driver(), testConfig(), reference)).toBe(false);
    const [counts] = await testRead<{ countries: number; orgs: number; people: number }>({
      text: "RETURN COUNT { (:Country:Actor) } AS countries, COUNT { (:Organization:Actor) } AS orgs, COUNT { (:Person {resolved: true}) } AS people", params: {},
    });
    expect(counts).toEqual({ countries: reference.countries.length, orgs: reference.organizations.length, people: reference.people.length });
    const putin = await testRead<{ title: string; actor: string; from: string; to: string | null }>({
      text: "MATCH (:Person {key: 'Vladimir Putin'})-[h:HOLDS_OFFICE]->(a:Actor) RETURN h.title AS title, a.key AS actor, h.from AS from, h.to AS to ORDER BY from", params: {},
    });
    expect(putin.at(-1)).toEqual({ title: "President", actor: "RUS", from: "2012-05-07", to: null });
    const nato = await testRead<{ since: string | null }>({ text: "MATCH (:Country {code: 'SWE'})-[m:MEMBER_OF]->(:Organization {key: 'NATO'}) RETURN m.since AS since", params: {} });
    expect(nato).toEqual([{ since: "2024-03-07" }]);
  });
});

describe("people in events", () => {
  it("links people to events with their role; keeps the unresolved, flagged; deletes them with their last event", async () => {
    await ingest({ inputs: ["-"], stdin: feed(seeds), extractor: goldExtractor(), graph: { driver: graph.driver(), settings: testConfig() } });
    const roles = await testRead<{ key: string; role: string; n: number }>({
      text: "MATCH (p:Person)-[r:ACTED_IN]->(:Event) RETURN p.key AS key, r.role AS role, count(*) AS n ORDER BY key, role", params: {},
    });
    expect(roles.find((r) => r.key === "Vladimir Putin")).toBeDefined();
    expect(roles.find((r) => r.key === "Donald Trump")).toBeDefined();
    expect(roles.every((r) => r.role === "source" || r.role === "target")).toBe(true);
    // the gazetteer's canonical name is not overwritten by the ingest
    const [putin] = await testRead<{ name: string; resolved: boolean }>({ text: "MATCH (p:Person {key: 'Vladimir Putin'}) RETURN p.name AS name, p.resolved AS resolved", params: {} });
    expect(putin).toEqual({ name: "Vladimir Putin", resolved: true });
    const koffler = await testRead<{ resolved: boolean; docs: string[] }>({
      text: "MATCH (p:Person {key: 'Rebekah Koffler'})-[:ACTED_IN]->(:Event)<-[:STATES]-(s:Sentence) RETURN p.resolved AS resolved, collect(DISTINCT s.documentId) AS docs", params: {},
    });
    expect(koffler).toHaveLength(1);
    expect(koffler[0]!.resolved).toBe(false);
    await deleteDocument(graph.driver(), testConfig(), koffler[0]!.docs);
    const gone = await testRead<{ n: number }>({ text: "MATCH (p:Person {key: 'Rebekah Koffler'}) RETURN count(p) AS n", params: {} });
    expect(gone[0]!.n).toBe(0);
    // resolved people stay: they are reference data
    const kept = await testRead<{ n: number }>({ text: "MATCH (p:Person {key: 'Vladimir Putin'}) RETURN count(p) AS n", params: {} });
    expect(kept[0]!.n).toBe(1);
  });
});

describe("people in events, real extraction over the seeds (#7)", () => {
  it("links Putin and Kim Jong Un to the treaty and the meeting, Gerasimov to the drills, Trump to the deadline", async () => {
    await graph.clear();
    await ensureReferenceData(graph.driver(), testConfig(), reference);
    const extractor = createExtractor(0);
    try {
      await ingest({ inputs: ["-"], stdin: feed(seeds), extractor, graph: { driver: graph.driver(), settings: testConfig() } });
    } finally {
      await extractor.close();
    }
    const acted = await testRead<{ person: string; type: string; pair: string[] }>({
      text: `MATCH (p:Person)-[:ACTED_IN]->(e:Event) RETURN p.key AS person, e.type AS type, [e.source, e.target] AS pair`, params: {},
    });
    const has = (person: string, type: string, actors: string[]) =>
      acted.some((a) => a.person === person && a.type === type && actors.every((x) => a.pair.includes(x)));
    // [person, type, actors of the event]
    const table: ReadonlyArray<readonly [string, string, string[]]> = [
      ["Vladimir Putin", "AGREE", ["RUS", "PRK"]],
      ["Kim Jong Un", "AGREE", ["RUS", "PRK"]],
      ["Vladimir Putin", "CONSULT", ["RUS", "PRK"]],
      ["Kim Jong Un", "CONSULT", ["RUS", "PRK"]],
      ["Valery Gerasimov", "COOPERATE", ["RUS"]],
      ["Donald Trump", "THREATEN", ["USA", "RUS"]],
    ];
    for (const [person, type, actors] of table) expect(has(person, type, actors), `${person} ${type} ${actors}`).toBe(true);
  }, 120_000);
});

describe("routing URIs", () => {
  it("ingests and reads through a neo4j:// URI (routing driver)", async () => {
    const config = testConfig();
    const routed = { ...config, neo4j: { ...config.neo4j, uri: config.neo4j.uri.replace(/^bolt(\+s|\+ssc)?:/, "neo4j$1:") } };
    expect(routed.neo4j.uri).toMatch(/^neo4j/);
    const driver = createDriver(routed);
    try {
      const doc = { ...seeds[2]!, id: "routed-copy" };
      const report = await ingest({ inputs: ["-"], stdin: feed([doc]), extractor: goldExtractor(), graph: { driver, settings: routed } });
      expect(report).toMatchObject({ created: 1, failed: 0 });
    } finally {
      await closeDriver(driver);
    }
    const stored = await testRead<{ n: number }>({ text: "MATCH (d:Document {id: 'routed-copy'}) RETURN count(d) AS n", params: {} });
    expect(stored[0]!.n).toBe(1);
  });
});
