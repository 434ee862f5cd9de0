// No N+1: a nested query costs a bounded number of Cypher round trips, whatever the number of
// parents (the repository counts them per request).
import { afterAll, beforeAll, expect, it } from "vitest";
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
  expect(four.queries).toBe(one.queries);
  // about one per field that loads: countries, memberships, members, actor offices, person offices
  // (reached at two depths), relations, events + count, people, evidence, same story, a
  // document's events + count
  expect(four.queries).toBeLessThanOrEqual(16);
});
