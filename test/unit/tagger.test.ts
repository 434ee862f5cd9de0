// Batched tagging must be invisible: every text gets exactly the spans nlp(text) alone gives it.
// The reference is compromise itself, so this test imports it (as bench/extract.ts does).
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { getLexicon } from "../../ingest/stages/lexicon.ts";
import { posTag, posTagMany, pretag, type PosSpan } from "../../ingest/nlp/tagger.ts";

interface RawTerm { tags: Set<string>; offset: { start: number; length: number } }

function alone(text: string): string[] {
  const doc = nlp(text);
  doc.compute("offset");
  return (doc.document as unknown as RawTerm[][]).flat().map((t) => `${t.offset.start}-${t.offset.start + t.offset.length} ${[...t.tags].sort().join(",")}`);
}
const show = (spans: readonly PosSpan[]): string[] => spans.map((s) => `${s.start}-${s.end} ${[...s.tags].sort().join(",")}`);

const TEXTS = [
  "Russia's forces didn't withdraw from Kursk, officials said.",
  "“I’m less convinced that a NATO country is likely to be the Kremlin’s next target,” he said.",
  "It seems there's one place it wants to strengthen its relationship with.",
  "Xi Jinping met Narendra Modi in Kazan. They agreed to resume border patrols!", // two compromise sentences
  "The resort is located roughly 220km from Pyongyang.",
  "  Leading spaces, and a trailing one ",
  "U.S. Secretary of State Antony Blinken warned Beijing on Tuesday.",
  "Sanctions",
];

describe("posTagMany", () => {
  getLexicon(); // the frozen gazetteer names take part, as in extraction

  it("gives each text the spans and tags of tagging it alone", () => {
    const many = posTagMany(TEXTS);
    TEXTS.forEach((text, i) => expect(show(many[i]!), text).toEqual(alone(text)));
  });

  it("keeps offsets on each text, across batches", () => {
    const long = Array.from({ length: 150 }, (_, i) => TEXTS[i % TEXTS.length]!);
    const many = posTagMany(long);
    expect(many).toHaveLength(long.length);
    long.forEach((text, i) => {
      expect(show(many[i]!), text).toEqual(show(many[i % TEXTS.length]!));
      for (const s of many[i]!) expect(text.slice(s.start, s.end)).toMatch(/^\S*$/);
    });
  });

  it("returns nothing for no texts", () => {
    expect(posTagMany([])).toEqual([]);
  });
});

describe("pretag and posTag", () => {
  it("hands out the pretagged spans, and tags any other text on demand", () => {
    pretag([TEXTS[0]!, TEXTS[1]!, TEXTS[0]!]);
    const first = posTag(TEXTS[0]!);
    expect(posTag(TEXTS[0]!)).toBe(first);
    expect(show(first)).toEqual(alone(TEXTS[0]!));
    expect(show(posTag(TEXTS[2]!))).toEqual(alone(TEXTS[2]!));
  });
});
