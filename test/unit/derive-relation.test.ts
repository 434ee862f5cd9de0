// mergeRelation must give exactly what summarizeRelation gives over all the events: the ingest
// trusts it instead of reading a pair's events back when a batch only adds events to the pair.
import { describe, expect, it } from "vitest";
import plover from "../../schema/plover.json" with { type: "json" };
import { type RelationEvent, mergeRelation, summarizeRelation } from "../../src/graph/derive.ts";

const TYPES = Object.entries(plover.types as Record<string, { quadClass: string; weight: number }>);
const ev = (type: string, date: string | null): RelationEvent => {
  const entry = (plover.types as Record<string, { quadClass: string; weight: number }>)[type];
  return { type, quadClass: entry?.quadClass ?? null, weight: entry?.weight ?? null, date };
};

describe("mergeRelation", () => {
  const table: [string, RelationEvent[], RelationEvent[]][] = [
    ["a new pair (nothing stored)", [], [ev("CONSULT", "2024-06-19"), ev("ASSAULT", null)]],
    ["nothing added", [ev("AGREE", "2024-01")], []],
    ["a type the pair had", [ev("CONSULT", "2024-06-19")], [ev("CONSULT", "2024-06-20")]],
    ["a new type sorting first in byType", [ev("CONSULT", null)], [ev("AGREE", null)]],
    ["an earlier and a later date", [ev("AID", "2024-03-01")], [ev("AID", "2023-12"), ev("AID", "2025")]],
    ["dates where the stored ones are null", [ev("AID", null)], [ev("SANCTION", "2024-05-05")]],
    ["a less precise date sorts before its days", [ev("AID", "2024-05-05")], [ev("AID", "2024-05")]],
    ["weights cancelling to zero (never -0)", [ev("MOBILIZE", null)], [ev("SUPPORT", null), ev("CONCEDE", null), ev("REQUEST", null), ev("AID", null), ev("REQUEST", null), ev("REQUEST", null), ev("REQUEST", null), ev("REQUEST", null), ev("REQUEST", null), ev("REQUEST", null), ev("REQUEST", null), ev("REQUEST", null)]],
    ["tenths that do not add up exactly in floating point", [ev("MOBILIZE", null), ev("MOBILIZE", null)], [ev("MOBILIZE", null), ev("PROTEST", null), ev("SUPPORT", null)]],
    ["a type PLOVER does not know (no class, no weight)", [ev("CONSULT", null)], [ev("UNKNOWN", "2024")]],
  ];
  it.each(table)("%s: equals the summary of all the events", (_, stored, added) => {
    expect(mergeRelation(summarizeRelation(stored), added)).toEqual(summarizeRelation([...stored, ...added]));
  });

  it("equals the full summary however a random history is split into batches", () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 200; trial++) {
      const events = Array.from({ length: 1 + Math.floor(random() * 40) }, () => {
        const [type] = TYPES[Math.floor(random() * TYPES.length)]!;
        const date = random() < 0.2 ? null : `202${Math.floor(random() * 5)}-0${1 + Math.floor(random() * 9)}${random() < 0.5 ? "" : `-1${Math.floor(random() * 9)}`}`;
        return ev(type, date);
      });
      let summary = null as ReturnType<typeof summarizeRelation>;
      for (let i = 0; i < events.length;) {
        const n = 1 + Math.floor(random() * 5);
        summary = mergeRelation(summary, events.slice(i, i + n));
        i += n;
        expect(summary, `trial ${trial} after ${i} events`).toEqual(summarizeRelation(events.slice(0, i)));
      }
    }
  });
});
