// No N+1: a nested query costs a bounded number of Cypher round trips, whatever the number of
// parents (the repository counts them per request).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../setup/graph.ts";
import { clearInChunks, removeFixtures, seedFixtures } from "./fixtures.ts";
import { gql, testApp } from "./helpers.ts";

const graph = useTestGraph();
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  await clearInChunks(graph.driver(), graph.config);
  await seedFixtures(graph.driver(), graph.config);
  app = testApp({ driver: graph.driver(), config: graph.config, ingest: null });
});
afterAll(() => removeFixtures(graph.driver(), graph.config));

const NESTED = `query($first: Int) { countries(first: $first) { edges { node { key
  memberships { organization { key members { country { key } } } }
  offices { person { key offices { title } } }
  relations { counterpart { key } }
  events(first: 5, filter: {includeNegated: true, includeUncertain: true}) { totalCount edges { node { id
    source { key } target { key } place { name }
    people { person { key offices { title } } role }
    evidence { sentence { text } document { id sameStory { document { id } } events { totalCount } } } } } } } } } }`;

async function roundTrips(first: number): Promise<{ parents: number; queries: number }> {
  const before = app.queries.length;
  const r = await gql(app, NESTED, { first });
  expect(r.errors).toBeUndefined();
  expect(app.queries.length).toBe(before + 1);
  return { parents: r.data!.countries.edges.length, queries: app.queries.at(-1)! };
}

it("costs the same number of queries for one parent as for four", async () => {
  const one = await roundTrips(1);
  const four = await roundTrips(4);
  expect(one.parents).toBe(1);
  expect(four.parents).toBe(4);
  // A loader reached at two depths (person offices, documents) batches per wave, and whether two
  // waves meet depends on which query answers first: one query more or less either way. An N+1
  // on any field would add at least three (one per extra parent).
  expect(Math.abs(four.queries - one.queries)).toBeLessThanOrEqual(2);
  // about one per field that loads: countries, memberships, members, actor offices, person offices
  // (reached at two depths), relations, events + count, people, evidence, same story, a
  // document's events + count
  expect(four.queries).toBeLessThanOrEqual(16);
});

// A single-entity lookup brings the nested lists it selects in its own query (lookahead), and
// they are the same lists the batched loaders return when the entity is reached as a child.
describe("single-entity lookups", () => {
  const EVIDENCE = "evidence { sentence { id text } document { id published } uncertain } people { person { key } role }";
  it.each([
    ["event", `{ event(id: "t6-e2") { id ${EVIDENCE} } }`, (d: any) => d.event,
      `{ document(id: "t6-doc1") { events(first: 20, filter: {includeNegated: true, includeUncertain: true}) { edges { node { id ${EVIDENCE} } } } } }`,
      (d: any) => d.document.events.edges.map((e: any) => e.node).find((n: any) => n.id === "t6-e2")],
    ["document", `{ document(id: "t6-doc1") { id sameStory { document { id } similarity } } }`, (d: any) => d.document,
      `{ documents(first: 50) { edges { node { id sameStory { document { id } similarity } } } } }`,
      (d: any) => d.documents.edges.map((e: any) => e.node).find((n: any) => n.id === "t6-doc1")],
    ["person", `{ person(name: "Alpha Leader") { key offices { title actor { key } } } }`, (d: any) => d.person,
      `{ country(code: "QQA") { offices { person { key offices { title actor { key } } } } } }`,
      (d: any) => d.country.offices.map((o: any) => o.person).find((p: any) => p.key === "Alpha Leader")],
    ["organization (through a fragment)", `{ organization(key: "QQO") { key ...M } } fragment M on Organization { members { country { key } since } offices { title } }`,
      (d: any) => d.organization,
      `{ organizations(first: 50) { edges { node { key members { country { key } since } offices { title } } } } }`,
      (d: any) => d.organizations.edges.map((e: any) => e.node).find((o: any) => o.key === "QQO")],
    ["country", `{ country(code: "QQA") { key ... on Country { memberships { organization { key } since } offices { title } } } }`, (d: any) => d.country,
      `{ countries(first: 50) { edges { node { key memberships { organization { key } since } offices { title } } } } }`,
      (d: any) => d.countries.edges.map((e: any) => e.node).find((c: any) => c.key === "QQA")],
  ])("%s: one round trip, same lists as through the loaders", async (_, lookup, pickLookup, listed, pickListed) => {
    const one = await gql(app, lookup);
    expect(one.errors).toBeUndefined();
    expect(app.queries.at(-1)).toBe(1);
    const viaLoaders = await gql(app, listed);
    expect(viaLoaders.errors).toBeUndefined();
    expect(app.queries.at(-1)).toBeGreaterThan(1);
    const found = pickLookup(one.data);
    expect(Object.values(found).some((v) => Array.isArray(v) && v.length > 0)).toBe(true);
    expect(found).toEqual(pickListed(viaLoaders.data));
  });

  it("answers NOT_FOUND for a missing entity asked with its lists", async () => {
    const r = await gql(app, `{ event(id: "t6-none") { id evidence { sentence { id } } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(app.queries.at(-1)).toBe(1);
  });
});
