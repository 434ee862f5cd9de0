// People on events (#7) from English constructions, with sentences of our own: a quoted speaker's
// "we", a description of the speaker quoted before, and the one named person of the other side.
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../ingest/stages/extract.ts";
import { segment } from "../../ingest/stages/segment.ts";

type Row = readonly [text: string, type: string, sourcePeople: readonly string[], targetPeople: readonly string[]];
const TABLE: readonly Row[] = [
  ['Sergei Lavrov said: "We are entering talks with the armed forces of Laos."', "CONSULT", ["Sergei Lavrov"], []],
  ['Sergei Lavrov spoke on Monday. "We will hold joint drills with Laos," the Russian minister added.', "COOPERATE", ["Sergei Lavrov"], []],
  ["Last year, the Russia-Belarus security treaty was ratified by Putin, after Belarusian President Alexander Lukashenko had signed it in May 2024.", "AGREE", ["Vladimir Putin"], ["Alexander Lukashenko"]],
  ["Russia signed a treaty with North Korea.", "AGREE", [], []],
];

const names = (xs: readonly { key: string }[]) => xs.map((p) => p.key).sort();

describe("people in events", () => {
  it.each(TABLE.map((r) => [r[0], r] as const))("%s", (_text, [text, type, src, tgt]) => {
    const events = extractEvents({ id: "t", text, published: "2025-03-05" }, segment(text)).events.filter((e) => e.type === type);
    expect(events.length, JSON.stringify(events.map((e) => `${e.type} ${e.source}>${e.target}`))).toBeGreaterThan(0);
    const e = events[0]!;
    const people = new Set([...names(e.sourcePeople), ...names(e.targetPeople)]);
    // symmetric types have no direction: compare the people of both sides together
    expect([...people].sort()).toEqual([...new Set([...src, ...tgt])].sort());
  });
});
