// The API over HTTP (yoga.fetch) against the real Neo4j, on a small fixture graph written by Cypher.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { parseConfig } from "../../src/config.ts";
import { closeDriver, createDriver, writeQuery } from "../../src/graph/driver.ts";
import { useTestGraph } from "../setup/graph.ts";
import { clearInChunks, removeFixtures, seedFixtures } from "./fixtures.ts";
import { codes, gql, testApp } from "./helpers.ts";

const graph = useTestGraph();
const KEY = "test-ingest-key-0123456789";
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  await clearInChunks(graph.driver(), graph.config);
  await seedFixtures(graph.driver(), graph.config);
  app = testApp({ driver: graph.driver(), config: { ...graph.config, ingestApiKey: KEY }, ingest: null });
});
afterAll(async () => {
  await removeFixtures(graph.driver(), graph.config);
});

const EVENT_IDS = `edges { node { id } } pageInfo { hasNextPage endCursor }`;
const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);

describe("actors and people", () => {
  it("finds a country by code or by name or alias, with memberships, offices and relations", async () => {
    const q = `query($code: String, $name: String) { country(code: $code, name: $name) { key code name aliases
      memberships { organization { key } since } offices { person { key } title from to }
      relations { counterpart { key } events weight byType { type count } } } }`;
    const byCode = await gql(app, q, { code: "qqa" });
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data!.country).toMatchObject({ key: "QQA", code: "QQA", name: "Qualandia", aliases: ["Quala", "Republic of Qualandia"] });
    expect(byCode.data!.country.memberships).toEqual([{ organization: { key: "QQO" }, since: "2001-01-01" }]);
    expect(byCode.data!.country.offices.map((o: { title: string }) => o.title)).toEqual(["President", "Prime Minister"]);
    expect(byCode.data!.country.relations[0]).toEqual({ counterpart: { key: "QQB" }, events: 2, weight: 10, byType: [{ type: "AGREE", count: 1 }, { type: "COOPERATE", count: 1 }] });
    expect((await gql(app, q, { name: "qualandia" })).data!.country.key).toBe("QQA");
    expect((await gql(app, q, { name: "Republic of Qualandia" })).data!.country.key).toBe("QQA");
  });

  it("answers NOT_FOUND and BAD_USER_INPUT for missing and malformed lookups", async () => {
    const missing = await gql(app, `{ country(code: "QQZ") { key } }`);
    expect(missing.data!.country).toBeNull();
    expect(codes(missing)).toEqual(["NOT_FOUND"]);
    expect(codes(await gql(app, `{ country { key } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(app, `{ country(code: "QQA", name: "Qualandia") { key } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(app, `{ country(code: "Q1") { key } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(app, `{ person(name: "Nobody Atall") { key } }`))).toEqual(["NOT_FOUND"]);
    expect(codes(await gql(app, `{ event(id: "t6-none") { id } }`))).toEqual(["NOT_FOUND"]);
  });

  it("pages countries with cursors and filters by membership", async () => {
    const q = `query($after: String) { countries(filter: {nameContains: "QU"}, first: 3, after: $after) { edges { node { key } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = await gql(app, q);
    expect(p1.data!.countries.edges.map((e: any) => e.node.key)).toEqual(["QQA", "QQB", "QQC"]);
    expect(p1.data!.countries.pageInfo.hasNextPage).toBe(true);
    const p2 = await gql(app, q, { after: p1.data!.countries.pageInfo.endCursor });
    expect(p2.data!.countries.edges.map((e: any) => e.node.key)).toEqual(["QQD"]);
    expect(p2.data!.countries.pageInfo.hasNextPage).toBe(false);
    const members = await gql(app, `{ countries(filter: {memberOf: "QQO"}) { edges { node { name } } } }`);
    expect(members.data!.countries.edges.map((e: any) => e.node.name)).toEqual(["Qualandia", "Qubestan"]);
  });

  it("finds an organization by key, name or alias with its members", async () => {
    for (const key of ["QQO", "quorganization of treaty states", "QOTS"]) {
      const r = await gql(app, `query($key: String!) { organization(key: $key) { key kind members { country { key } since } } }`, { key });
      expect(r.data!.organization).toEqual({ key: "QQO", kind: "ORGANIZATION", members: [{ country: { key: "QQA" }, since: "2001-01-01" }, { country: { key: "QQB" }, since: null }] });
    }
  });

  it("returns a person's offices and events, filterable by role and paged like events", async () => {
    const r = await gql(app, `{ person(name: "president alpha") { key resolved offices { actor { key } title to }
      events(role: SOURCE) { totalCount edges { node { id type people { person { key } role } } } } } }`);
    expect(r.errors).toBeUndefined();
    const p = r.data!.person;
    expect(p.key).toBe("Alpha Leader");
    expect(p.offices[0]).toEqual({ actor: { key: "QQA" }, title: "President", to: null });
    expect(p.events.totalCount).toBe(1);
    expect(p.events.edges[0].node).toEqual({ id: "t6-e1", type: "AGREE", people: [{ person: { key: "Alpha Leader" }, role: "SOURCE" }, { person: { key: "Beta Chief" }, role: "TARGET" }] });
    const target = await gql(app, `{ person(name: "Alpha Leader") { events(role: TARGET) { totalCount } } }`);
    expect(target.data!.person.events.totalCount).toBe(0);
    const unresolved = await gql(app, `{ person(name: "Gamma Unknown") { resolved events { edges { node { id } } } } }`);
    expect(unresolved.data!.person).toEqual({ resolved: false, events: { edges: [{ node: { id: "t6-e6" } }] } });
  });
});

describe("events", () => {
  it("returns an event with actors, place and every mention with its sentence, offsets and document", async () => {
    const r = await gql(app, `{ event(id: "t6-e2") { type quadClass weight date negated uncertain stories documents
      source { key } target { key } evidence { sentence { text start end index } document { id source published } } } }`);
    expect(r.data!.event).toMatchObject({ type: "COOPERATE", quadClass: "MATERIAL_COOPERATION", weight: 6, date: "2025-07-27", negated: false, uncertain: false, documents: 2, source: { key: "QQA" }, target: { key: "QQB" } });
    expect(r.data!.event.evidence.map((m: any) => m.document.id)).toEqual(["t6-doc1", "t6-doc2"]);
    expect(r.data!.event.evidence[0].sentence).toEqual({ text: "Qualandia resumed direct flights to Qubestan on July 27.", start: 100, end: 156, index: 1 });
    const placed = await gql(app, `{ event(id: "t6-e3") { place { name countryCode lat } evidence { sentence { text } } } }`);
    expect(placed.data!.event).toEqual({ place: { name: "Kurskov", countryCode: "QQC", lat: 51.7 }, evidence: [{ sentence: { text: "Qubestan deployed troops to Kurskov in October 2024." } }] });
  });

  it("leaves out negated and uncertain events unless asked for", async () => {
    const q = `query($f: EventFilter) { events(filter: $f, first: 100) { totalCount edges { node { id } } } }`;
    const base = await gql(app, q, { f: { actor: "QQB" } });
    expect(ids(base.data!.events).sort()).toEqual(["t6-e1", "t6-e2", "t6-e3", "t6-e6"]);
    expect(base.data!.events.totalCount).toBe(4);
    const negated = await gql(app, q, { f: { actor: "QQB", includeNegated: true } });
    expect(ids(negated.data!.events)).toContain("t6-e4");
    const all = await gql(app, q, { f: { includeNegated: true, includeUncertain: true } });
    expect(all.data!.events.totalCount).toBe(7);
    expect((await gql(app, q, {})).data!.events.totalCount).toBe(5);
  });

  it("filters by counterpart, side, person, types, quad classes, date range and stories", async () => {
    const q = `query($f: EventFilter) { events(filter: $f, first: 100) { edges { node { id } } } }`;
    const run = async (f: object) => ids((await gql(app, q, { f })).data!.events).sort();
    expect(await run({ actor: "QQA", counterpart: "QQB" })).toEqual(["t6-e1", "t6-e2"]);
    expect(await run({ source: "QQB" })).toEqual(["t6-e3"]);
    expect(await run({ target: "QQC" })).toEqual(["t6-e3", "t6-e7"]);
    expect(await run({ person: "Beta Chief" })).toEqual(["t6-e1"]);
    expect(await run({ types: ["AGREE", "CONSULT"] })).toEqual(["t6-e1", "t6-e7"]);
    expect(await run({ quadClasses: ["MATERIAL_CONFLICT"] })).toEqual(["t6-e3"]);
    expect(await run({ range: { from: "2024-06", to: "2024-10" } })).toEqual(["t6-e1", "t6-e3"]);
    expect(await run({ range: { to: "2024-06" } })).toEqual(["t6-e1", "t6-e7"]);
    expect(await run({ minStories: 2 })).toEqual([]);
  });

  it("sorts and pages with Relay cursors to the end", async () => {
    const q = `query($after: String, $sort: EventSort) { events(first: 2, after: $after, sort: $sort) { ${EVENT_IDS} } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r: any = await gql(app, q, { after, sort: "DATE_DESC" });
      seen.push(...ids(r.data.events));
      if (!r.data.events.pageInfo.hasNextPage) break;
      after = r.data.events.pageInfo.endCursor;
    }
    expect(seen).toEqual(["t6-e2", "t6-e3", "t6-e1", "t6-e7", "t6-e6"]);
    const asc = await gql(app, q, { sort: "DATE_ASC" });
    expect(ids(asc.data!.events)).toEqual(["t6-e7", "t6-e1"]);
    // a cursor belongs to its sort
    const wrong = await gql(app, q, { sort: "DATE_ASC", after: (await gql(app, q, { sort: "DATE_DESC" })).data!.events.pageInfo.endCursor });
    expect(codes(wrong)).toEqual(["BAD_USER_INPUT"]);
  });

  it("bounds page sizes and checks dates and cursors", async () => {
    for (const first of [0, -1, 101]) {
      const r = await gql(app, `query($first: Int) { events(first: $first) { totalCount } }`, { first });
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    }
    expect((await gql(app, `{ events(first: 100) { totalCount } }`)).errors).toBeUndefined();
    expect(codes(await gql(app, `{ countries(first: 101) { pageInfo { hasNextPage } } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(app, `{ country(code: "QQA") { events(first: 500) { totalCount } } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(app, `{ events(after: "bm90IGEgY3Vyc29y") { totalCount } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(app, `{ events(filter: {range: {from: "2024-13"}}) { totalCount } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(app, `{ events(filter: {range: {from: "2025", to: "2024"}}) { totalCount } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(app, `{ path(from: "QQA", to: "QQB", maxHops: 5) { length } }`))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("analyses", () => {
  it("relationship: events, counts by type, monthly weighted series and trend", async () => {
    const r = await gql(app, `{ relationship(a: "QQA", b: "QQB") { a { key } b { key } total countsByType { type count }
      series { month events cooperation conflict net } trend { slope months direction }
      events(filter: {includeNegated: true}) { totalCount edges { node { id } } } } }`);
    expect(r.errors).toBeUndefined();
    const rel = r.data!.relationship;
    expect(rel.total).toBe(2);
    expect(rel.countsByType).toEqual([{ type: "AGREE", count: 1 }, { type: "COOPERATE", count: 1 }]);
    expect(rel.series).toHaveLength(14); // 2024-06 .. 2025-07, gaps filled
    expect(rel.series[0]).toEqual({ month: "2024-06", events: 1, cooperation: 4, conflict: 0, net: 4 });
    expect(rel.series[13]).toEqual({ month: "2025-07", events: 1, cooperation: 6, conflict: 0, net: 6 });
    // least squares over x = 0..13 with y0 = 4, y13 = 6: slope = 13 / 227.5
    expect(rel.trend).toEqual({ slope: 0.057, months: 14, direction: "WARMING" });
    expect(ids(rel.events).sort()).toEqual(["t6-e1", "t6-e2", "t6-e4"]);
    const ranged = await gql(app, `{ relationship(a: "QQB", b: "QQA", range: {from: "2025"}) { total series { month } trend { slope } } }`);
    expect(ranged.data!.relationship).toEqual({ total: 1, series: [{ month: "2025-07" }], trend: null });
    expect(codes(await gql(app, `{ relationship(a: "QQA", b: "QQA") { total } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await gql(app, `{ relationship(a: "QQA", b: "QQZ") { total } }`))).toEqual(["NOT_FOUND"]);
  });

  it("partners ranks counterparts by weighted events of one kind", async () => {
    const q = `query($kind: PartnerKind!) { partners(actor: "QQB", kind: $kind) { actor { key } score events } }`;
    expect((await gql(app, q, { kind: "COOPERATIVE" })).data!.partners).toEqual([{ actor: { key: "QQA" }, score: 10, events: 2 }]);
    expect((await gql(app, q, { kind: "HOSTILE" })).data!.partners).toEqual([{ actor: { key: "QQC" }, score: 9.2, events: 2 }]);
  });

  it("path: the shortest chain of actors with the events on each hop", async () => {
    const r = await gql(app, `{ path(from: "QQB", to: "QQD") { length actors { key } hops { from { key } to { key } events sample { id } } } }`);
    expect(r.data!.path).toEqual({
      length: 2, actors: [{ key: "QQB" }, { key: "QQC" }, { key: "QQD" }],
      hops: [
        { from: { key: "QQB" }, to: { key: "QQC" }, events: 2, sample: [{ id: "t6-e3" }, { id: "t6-e6" }] },
        { from: { key: "QQC" }, to: { key: "QQD" }, events: 1, sample: [{ id: "t6-e7" }] },
      ],
    });
    expect((await gql(app, `{ path(from: "QQB", to: "QQD", maxHops: 1) { length } }`)).data!.path).toBeNull();
  });

  it("timeline: dated events oldest first and the monthly series", async () => {
    const r = await gql(app, `{ timeline(actor: "QQC") { actor { key } series { month net } events { edges { node { id date } } } } }`);
    expect(r.data!.timeline.events.edges.map((e: any) => e.node.id)).toEqual(["t6-e7", "t6-e3"]);
    expect(r.data!.timeline.series[0]).toEqual({ month: "2024-03", net: 1 });
    expect(r.data!.timeline.series.at(-1)).toEqual({ month: "2024-12", net: -10 });
  });

  it("search: names, aliases and sentences, with Lucene syntax taken literally", async () => {
    const q = `query($text: String!) { search(text: $text) { names { entity { __typename ... on Country { key } ... on Person { key } ... on Place { key } } }
      sentences { sentence { id text } document { id } eventIds } } }`;
    const treaty = await gql(app, q, { text: "zorbulent treaty" });
    expect(treaty.data!.search.sentences).toEqual([{ sentence: { id: "t6-doc1#0", text: "Qualandia and Qubestan signed the zorbulent partnership treaty in June 2024." }, document: { id: "t6-doc1" }, eventIds: ["t6-e1"] }]);
    const alias = await gql(app, q, { text: "Quala" });
    expect(alias.data!.search.names[0].entity).toEqual({ __typename: "Country", key: "QQA" });
    const person = await gql(app, q, { text: "alpha" });
    expect(person.data!.search.names.map((n: any) => n.entity.key)).toContain("Alpha Leader");
    for (const text of ["Kurskov)", "qucedonia AND (", "title:*", "\"zorbulent"]) {
      const r = await gql(app, q, { text });
      expect(r.errors).toBeUndefined();
    }
    expect((await gql(app, q, { text: "Kurskov)" })).data!.search.names.map((n: any) => n.entity.key)).toEqual(["Kurskov|QQC"]);
    expect(codes(await gql(app, q, { text: "   " }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("pages documents newest first, undated ones last, page after page", async () => {
    const docs = [["t6-pg-a", "2025-01-02"], ["t6-pg-b", "2025-01-02"], ["t6-pg-c", "2024-05"], ["t6-pg-d", null], ["t6-pg-e", ""], ["t6-pg-f", null], ["t6-pg-g", "2025-01-03"]];
    const write = (text: string) => writeQuery(graph.driver(), graph.config, { text, params: { docs, source: "Paging Wire" } });
    await write("UNWIND $docs AS d CREATE (:Document {id: d[0], published: d[1], source: $source})");
    try {
      const q = `query($after: String) { documents(source: "Paging Wire", first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const r = await gql(app, q, { after });
        expect(r.errors).toBeUndefined();
        seen.push(...r.data!.documents.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!r.data!.documents.pageInfo.hasNextPage) break;
        after = r.data!.documents.pageInfo.endCursor;
      }
      // by date descending then id descending; null and '' dates alike, last
      expect(seen).toEqual(["t6-pg-g", "t6-pg-b", "t6-pg-a", "t6-pg-c", "t6-pg-f", "t6-pg-e", "t6-pg-d"]);
    } finally {
      await write("UNWIND $docs AS d MATCH (x:Document {id: d[0]}) DETACH DELETE x");
    }
  });

  it("documents newest first, a document with its events and same-story documents", async () => {
    const list = await gql(app, `{ documents(first: 2) { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(list.data!.documents).toEqual({ edges: [{ node: { id: "t6-doc2" } }, { node: { id: "t6-doc1" } }], pageInfo: { hasNextPage: true } });
    const doc = await gql(app, `{ document(id: "t6-doc1") { source published storyId events { edges { node { id } } } sameStory { document { id } similarity } } }`);
    expect(doc.data!.document).toEqual({
      source: "Fixture Wire", published: "2025-07-28", storyId: "t6-story1",
      events: { edges: [{ node: { id: "t6-e2" } }, { node: { id: "t6-e1" } }] },
      sameStory: [{ document: { id: "t6-doc2" }, similarity: 0.82 }],
    });
  });

  it("stats counts the graph", async () => {
    const r = await gql(app, `{ stats { countries organizations people places events mentions documents sentences stories firstDate lastDate eventsByType { type count } } }`);
    expect(r.data!.stats).toMatchObject({ countries: 4, organizations: 1, people: 3, places: 1, events: 7, mentions: 8, documents: 3, sentences: 8, stories: 2, firstDate: "2024-03-01", lastDate: "2025-07-27" });
    expect(r.data!.stats.eventsByType).toHaveLength(7);
  });
});

describe("safety", () => {
  it("mutations need the bearer key, and are off without a configured key", async () => {
    const m = `mutation { deleteDocument(id: "t6-doc9") { id deleted } }`;
    const off = testApp({ driver: graph.driver(), config: { ...graph.config, ingestApiKey: undefined }, ingest: null });
    const r0 = await gql(off, m, {}, { authorization: `Bearer ${KEY}` });
    expect(codes(r0)).toEqual(["UNAUTHENTICATED"]);
    expect(r0.errors![0]!.message).toMatch(/disabled/);
    expect(codes(await gql(app, m))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await gql(app, m, {}, { authorization: "Bearer wrong-key-0123456789" }))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await gql(app, m, {}, { authorization: KEY }))).toEqual(["UNAUTHENTICATED"]);
    // the right key passes authentication (this app has no ingest wired in)
    expect(codes(await gql(app, m, {}, { authorization: `Bearer ${KEY}` }))).toEqual(["NOT_IMPLEMENTED"]);
  });

  it("rejects bodies over 1 MB with 413", async () => {
    const res = await app.fetch("http://localhost/graphql", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { events } }", variables: { pad: "x".repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    // with a Content-Length, checked from the header alone (a wrong one is a bad request)
    const small = JSON.stringify({ query: "{ stats { events } }" });
    const post = (body: string, length: string) => app.fetch("http://localhost/graphql", {
      method: "POST", headers: { "content-type": "application/json", "content-length": length }, body,
    });
    expect((await post(small, "1100000")).status).toBe(413);
    expect((await post(small, "12, 12")).status).toBe(400);
    expect((await post(small, String(Buffer.byteLength(small)))).status).toBe(200);
  });

  it("limits depth, aliases and tokens", async () => {
    let deep = "key";
    for (let i = 0; i < 8; i++) deep = `relations { counterpart { ${deep} } }`;
    const d = await gql(app, `{ country(code: "QQA") { ${deep} } }`);
    expect(d.errors?.[0]?.message).toMatch(/depth/i);
    expect(d.data ?? null).toBeNull();
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: stats { events }`).join(" ");
    expect((await gql(app, `{ ${aliases} }`)).errors?.[0]?.message).toMatch(/alias/i);
    const tokens = `{ ${Array.from({ length: 2100 }, () => "__typename").join(" ")} }`;
    expect((await gql(app, tokens)).errors?.[0]?.message).toMatch(/token/i);
  });

  it("masks internal errors and serves /health and /ready", async () => {
    expect((await app.fetch("http://localhost/health")).status).toBe(200);
    expect((await app.fetch("http://localhost/ready")).status).toBe(200);
    const graphiql = await app.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(await graphiql.text()).toMatch(/GraphiQL/i);
  });

  it("answers UNAVAILABLE and /ready 503 while Neo4j is down", async () => {
    const down = parseConfig({ NEO4J_URI: "bolt://127.0.0.1:9", NEO4J_QUERY_TIMEOUT_MS: "1000" });
    const driver = createDriver(down, { connectionTimeoutMs: 500, maxTransactionRetryTimeMs: 0 });
    try {
      const dead = createApp({ driver, config: down, ingest: null });
      expect((await dead.fetch("http://localhost/ready")).status).toBe(503);
      expect((await dead.fetch("http://localhost/health")).status).toBe(200);
      const r = await gql(dead, `{ country(code: "QQA") { key } }`);
      expect(codes(r)).toEqual(["UNAVAILABLE"]);
      expect(JSON.stringify(r.errors)).not.toMatch(/bolt|127\.0\.0\.1|ServiceUnavailable/);
    } finally {
      await closeDriver(driver);
    }
  });
});
