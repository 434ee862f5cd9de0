// An actor's event pages (eventsPageQuery, read in (source|target, date) index order with the
// undated events last) against an independent reference: the same events filtered and sorted in
// JavaScript, paged through with cursors at several page sizes, for many actors at once. Also the
// timeline series and partner ranking, which find an actor's dated events by the same indexes.
import { beforeAll, describe, expect, it } from "vitest";
import { actorSeriesQuery, partnersQuery } from "../../src/graph/queries/analysis.ts";
import { type EventQueryFilter, type EventSortKey, eventsPageQuery } from "../../src/graph/queries/events.ts";
import { rng } from "../../bench/rng.ts";
import { useTestGraph, testRead, testWrite } from "../setup/graph.ts";

const g = useTestGraph();

type Ev = { id: string; type: string; source: string; target: string | null; date: string | null; negated: boolean; uncertain: boolean };

const ACTORS = ["QXA", "QXB", "QXC"];
const TYPES = ["AGREE", "ASSAULT", "CONSULT", "AID"];
// ties, mixed precision ("2024-06" sorts before "2024-06-01") and undated events
const DATES = [null, null, "2024-06", "2024-06-01", "2024-06-01", "2023-12-31", "2025-01", "2025-01-15"];

function makeEvents(n: number): Ev[] {
  const random = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const source = random() < 0.6 ? "QXA" : pick(ACTORS);
    const r = random();
    const target = r < 0.1 ? null : r < 0.15 ? source : pick(ACTORS); // no target; self-events
    return { id: `t-ep-${String(i).padStart(3, "0")}`, type: pick(TYPES), source, target, date: pick(DATES), negated: random() < 0.15, uncertain: random() < 0.15 };
  });
}

const EVENTS = makeEvents(90);

function reference(key: string, filter: EventQueryFilter, sort: EventSortKey): string[] {
  const dateKey = (e: Ev) => e.date ?? (sort === "DATE_DESC" ? "" : "~");
  return EVENTS.filter((e) => (e.source === key || e.target === key)
    && (filter.includeNegated || !e.negated) && (filter.includeUncertain || !e.uncertain)
    && (!filter.types || filter.types.includes(e.type))
    && (filter.from === undefined || (e.date !== null && e.date >= filter.from))
    && (filter.to === undefined || (e.date !== null && e.date <= `${filter.to}~`)))
    .sort((a, b) => {
      const [x, y] = sort === "DATE_DESC" ? [b, a] : [a, b];
      return dateKey(x) < dateKey(y) ? -1 : dateKey(x) > dateKey(y) ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
    })
    .map((e) => e.id);
}

type PageRow = { key: string; rows: { node: { id: string }; sort: unknown[] }[] };

/** Every page of each key's events, following the cursor of each key's last row. */
async function walk(keys: readonly string[], filter: EventQueryFilter, sort: EventSortKey, size: number): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const ids: string[] = [];
    let after: unknown[] | undefined;
    for (let guard = 0; guard < 200; guard++) {
      const rows = await testRead<PageRow>(eventsPageQuery({ scope: { kind: "actor", keys: [key, ...keys.filter((k) => k !== key)] }, filter, sort, after, limit: size }));
      const page = rows.find((r) => r.key === key)!.rows;
      ids.push(...page.map((r) => r.node.id));
      if (page.length < size) break;
      after = page[page.length - 1]!.sort;
    }
    out.set(key, ids);
  }
  return out;
}

beforeAll(async () => {
  await g.clear();
  await testWrite({ text: "UNWIND $keys AS k CREATE (:Actor:Country {key: k, code: k, name: k})", params: { keys: ACTORS } });
  await testWrite({
    text: `UNWIND $events AS ev
CREATE (e:Event) SET e = ev
WITH e, ev
MATCH (s:Actor {key: ev.source}) CREATE (e)-[:SOURCE]->(s)
WITH e, ev
OPTIONAL MATCH (t:Actor {key: ev.target})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (e)-[:TARGET]->(t))`,
    params: { events: EVENTS },
  });
});

const base: EventQueryFilter = { includeNegated: false, includeUncertain: false };
const FILTERS: [string, EventQueryFilter][] = [
  ["default", base],
  ["negated and uncertain too", { includeNegated: true, includeUncertain: true }],
  ["two types", { ...base, types: ["AGREE", "AID"] }],
  ["a date range", { ...base, from: "2024-01", to: "2024-06" }],
];

describe("an actor's events by date, page after page", () => {
  for (const sort of ["DATE_DESC", "DATE_ASC"] as const) {
    for (const [name, filter] of FILTERS) {
      it.each([2, 7, 100])(`${sort}, ${name}, pages of %i`, async (size) => {
        const got = await walk(ACTORS, filter, sort, size);
        for (const key of ACTORS) expect(got.get(key), key).toEqual(reference(key, filter, sort));
        // the fixture is not degenerate: the hub has dated and undated events in the default view
        if (name === "default") expect(reference("QXA", filter, sort).length).toBeGreaterThan(20);
      });
    }
  }

  it("an actor with no events gets an empty page, not a missing row", async () => {
    const rows = await testRead<PageRow>(eventsPageQuery({ scope: { kind: "actor", keys: ["QXZ", "QXA"] }, filter: base, sort: "DATE_DESC", limit: 5 }));
    expect(rows.find((r) => r.key === "QXZ")?.rows).toEqual([]);
    expect(rows.find((r) => r.key === "QXA")?.rows).toHaveLength(5);
  });
});

describe("aggregates over an actor's dated events", () => {
  const inRange = (e: Ev, from: string, to: string) => e.date !== null && e.date >= from && e.date <= `${to}~`;

  it("the timeline series counts the non-negated events in the range by type and month", async () => {
    const [row] = await testRead<{ groups: { type: string; month: string | null; count: number }[] }>(actorSeriesQuery("QXA", { from: "2024-01", to: "2024-06" }));
    const want = new Map<string, number>();
    for (const e of EVENTS) {
      if ((e.source !== "QXA" && e.target !== "QXA") || e.negated || !inRange(e, "2024-01", "2024-06")) continue;
      const k = `${e.type}|${e.date!.length >= 7 ? e.date!.slice(0, 7) : null}`;
      want.set(k, (want.get(k) ?? 0) + 1);
    }
    const got = new Map(row!.groups.map((g) => [`${g.type}|${g.month}`, g.count]));
    expect(got).toEqual(want);
    expect(want.size).toBeGreaterThan(1);
  });

  it("partners within a range rank counterparts by weighted dated events", async () => {
    const weights = { AGREE: 1, AID: 2 };
    const rows = await testRead<{ actor: { key: string }; score: number; events: number }>(partnersQuery("QXA", weights, 10, { from: "2024" }));
    const want = new Map<string, { score: number; events: number }>();
    for (const e of EVENTS) {
      if ((e.source !== "QXA" && e.target !== "QXA") || e.negated || !(e.type in weights) || !inRange(e, "2024", "9999")) continue;
      const other = e.source === "QXA" ? e.target : e.source;
      if (other === null || other === "QXA") continue;
      const w = want.get(other) ?? { score: 0, events: 0 };
      want.set(other, { score: w.score + weights[e.type as keyof typeof weights], events: w.events + 1 });
    }
    expect(new Map(rows.map((r) => [r.actor.key, { score: r.score, events: r.events }]))).toEqual(want);
    expect(want.size).toBeGreaterThan(0);
  });
});
