// Injection strings through every string argument: the graph must be unchanged and every error
// clean (a code the client can act on, never a masked internal error).
import { afterAll, beforeAll, expect, it } from "vitest";
import { useTestGraph } from "../setup/graph.ts";
import { clearInChunks, fixtureFingerprint, removeFixtures, seedFixtures } from "./fixtures.ts";
import { gql, testApp } from "./helpers.ts";

const graph = useTestGraph();
const KEY = "test-ingest-key-0123456789";
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  await clearInChunks(graph.driver(), graph.config);
  await seedFixtures(graph.driver(), graph.config);
  app = testApp({ driver: graph.driver(), config: { ...graph.config, ingestApiKey: KEY }, ingest: null });
});
afterAll(() => removeFixtures(graph.driver(), graph.config));

const INJECTIONS = [
  "' OR 1=1 //",
  "\"}) MATCH (n) DETACH DELETE n //",
  "QQA'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  "\u0027) DETACH DELETE n //",
  "`QQA` }) DETACH DELETE (n) //",
  "Country`) MATCH (n) SET n.pwned = true //",
  "*:* OR name:*",
  "title:(\"a\" OR b~2) AND [* TO *] \\",
  "$actor} RETURN 1 UNION MATCH (n) DETACH DELETE n //",
  "QQA\u0000",
  "-1",
];

// Every string argument of the schema, each in a query that receives it as $s.
const QUERIES = [
  "query($s: String) { country(code: $s) { key } }",
  "query($s: String) { country(name: $s) { key } }",
  "query($s: String) { countries(filter: {nameContains: $s, memberOf: $s}) { edges { node { key } } } }",
  "query($s: String) { countries(after: $s) { edges { node { key } } } }",
  "query($s: String!) { organization(key: $s) { key } }",
  "query($s: String) { organizations(after: $s) { edges { node { key } } } }",
  "query($s: String!) { person(name: $s) { key } }",
  "query($s: ID!) { event(id: $s) { id } }",
  "query($s: String) { events(filter: {actor: $s, counterpart: $s}) { totalCount } }",
  "query($s: String) { events(filter: {source: $s, target: $s, person: $s}) { totalCount } }",
  "query($s: String) { events(filter: {range: {from: $s, to: $s}}) { totalCount } }",
  "query($s: String) { events(after: $s) { totalCount } }",
  "query($s: String!) { relationship(a: $s, b: \"QQB\") { total } }",
  "query($s: String!) { relationship(a: \"QQA\", b: $s) { total } }",
  "query($s: String!) { partners(actor: $s, kind: HOSTILE) { score } }",
  "query($s: String!) { path(from: $s, to: \"QQD\") { length } }",
  "query($s: String!) { path(from: \"QQA\", to: $s) { length } }",
  "query($s: String!) { timeline(actor: $s) { series { month } } }",
  "query($s: String!) { search(text: $s) { names { score } sentences { score } } }",
  "query($s: String) { documents(source: $s, after: $s) { edges { node { id } } } }",
  "query($s: ID!) { document(id: $s) { id } }",
  "query($s: String) { country(code: \"QQA\") { events(filter: {counterpart: $s}, after: $s) { totalCount } } }",
  "query($s: String) { person(name: \"Alpha Leader\") { events(filter: {actor: $s}) { totalCount } } }",
  "mutation($s: ID!) { deleteDocument(id: $s) { id } }",
];

const CLEAN = new Set(["BAD_USER_INPUT", "NOT_FOUND", "NOT_IMPLEMENTED"]);

it("leaves the graph unchanged and answers cleanly for every injection string in every argument", async () => {
  const before = await fixtureFingerprint(graph.driver(), graph.config);
  expect(before.nodes).toBeGreaterThan(10);
  let requests = 0;
  for (const query of QUERIES) {
    for (const s of INJECTIONS) {
      const r = await gql(app, query, { s }, { authorization: `Bearer ${KEY}` });
      requests++;
      expect(r.status, `${query} with ${JSON.stringify(s)}`).toBeLessThan(500);
      for (const e of r.errors ?? []) {
        expect(CLEAN.has(e.extensions?.code ?? ""), `${query} with ${JSON.stringify(s)}: ${e.message} (${e.extensions?.code})`).toBe(true);
      }
    }
  }
  expect(requests).toBe(QUERIES.length * INJECTIONS.length);
  expect(await fixtureFingerprint(graph.driver(), graph.config)).toEqual(before);
  const [pwned] = await graph.driver().executeQuery("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n").then((r) => r.records.map((x) => Number(x.get("n"))));
  expect(pwned).toBe(0);
});
