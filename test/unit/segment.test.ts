import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { MAX_SENTENCE, segment } from "../../ingest/stages/segment.ts";

const texts = (text: string) => segment(text).map((s) => s.text);

// [input, expected sentences]
const TABLE: Array<[string, string[]]> = [
  ["Russia attacked Ukraine. Ukraine responded.", ["Russia attacked Ukraine.", "Ukraine responded."]],
  ["Did Russia attack? Yes! It did.", ["Did Russia attack?", "Yes!", "It did."]],
  // abbreviations that do not end a sentence
  ["The U.S. State Department said so.", ["The U.S. State Department said so."]],
  ["The U.K. and France met.", ["The U.K. and France met."]],
  ["Gen. Syrskyi visited the front.", ["Gen. Syrskyi visited the front."]],
  ["Mr. Putin met Dr. Kim.", ["Mr. Putin met Dr. Kim."]],
  ["It started on Jan. 5 in Kyiv.", ["It started on Jan. 5 in Kyiv."]],
  ["He flew to St. Petersburg on Monday.", ["He flew to St. Petersburg on Monday."]],
  ["Resolution No. 5 passed.", ["Resolution No. 5 passed."]],
  ["Forces advanced 4.5 km. Then they stopped.", ["Forces advanced 4.5 km.", "Then they stopped."]],
  ["Donald J. Trump spoke.", ["Donald J. Trump spoke."]],
  ["The U.N. nuclear watchdog visited.", ["The U.N. nuclear watchdog visited."]],
  ["Russia, China, etc. were there.", ["Russia, China, etc. were there."]],
  ["Talks vs. war was the choice.", ["Talks vs. war was the choice."]],
  // abbreviations that do end a sentence
  ["Sanctions were imposed by the U.S. The move angered Moscow.", ["Sanctions were imposed by the U.S.", "The move angered Moscow."]],
  ["He left in Jan. The talks failed.", ["He left in Jan.", "The talks failed."]],
  // quotes: the sentence ends after the closing quote
  ["He said “we will respond.” The move came late.", ["He said “we will respond.”", "The move came late."]],
  ['He said "we will respond." Then he left.', ['He said "we will respond."', "Then he left."]],
  ["“We will win,” he said. Russia disagreed.", ["“We will win,” he said.", "Russia disagreed."]],
  ["“Will we win?” he asked. Nobody knew.", ["“Will we win?” he asked.", "Nobody knew."]],
  ["(The talks ended.) Russia left.", ["(The talks ended.)", "Russia left."]],
  // no split before a lowercase word or inside numbers/compounds
  ["It was 3 p.m. on Monday.", ["It was 3 p.m. on Monday."]],
  ["The U.S.-led coalition struck.", ["The U.S.-led coalition struck."]],
  ["Wait... what happened next was odd.", ["Wait... what happened next was odd."]],
  ["Wait... The talks resumed.", ["Wait...", "The talks resumed."]],
  // line breaks end sentences; headlines have no final punctuation
  ["Russia strikes Kyiv\n\nRussia struck Kyiv overnight.", ["Russia strikes Kyiv", "Russia struck Kyiv overnight."]],
  ["First line without stop\nsecond line", ["First line without stop", "second line"]],
  ["  \n\n  Indented sentence.  \n", ["Indented sentence."]],
  ["Windows line.\r\nNext line.", ["Windows line.", "Next line."]],
  ["---\n***\nReal text.", ["Real text."]],
  ["", []],
];

describe("segment", () => {
  it.each(TABLE)("%j", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("gives exact offsets and consecutive indexes", () => {
    const text = "Headline here\r\n\r\n  Mr. Putin met Kim. “It went well.” Then\nmore.  ";
    const sentences = segment(text);
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(sentences.map((s) => s.text)).toEqual(["Headline here", "Mr. Putin met Kim.", "“It went well.”", "Then", "more."]);
  });

  it("flags headlines and lines without final punctuation", () => {
    const s = segment("Putin visits Pyongyang\nPutin visited Pyongyang. He met Kim\nHe said: “Yes.”");
    expect(s.map((x) => [x.text, x.headline])).toEqual([
      ["Putin visits Pyongyang", true],
      ["Putin visited Pyongyang.", false],
      ["He met Kim", true],
      ["He said: “Yes.”", false],
    ]);
  });

  it("cuts an unpunctuated run longer than the limit at clause or word boundaries", () => {
    const text = `${"word, ".repeat(600)}end\n${"x".repeat(MAX_SENTENCE + 10)}`;
    const sentences = segment(text);
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(sentences.slice(0, 2).every((s) => s.text.endsWith(","))).toBe(true);
    expect(sentences.map((s) => s.text).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });

  const corpus = new URL("../../../shared/corpus/seeds.jsonl", import.meta.url);
  it("keeps offsets exact over the seed corpus", () => {
    for (const line of readFileSync(corpus, "utf8").split("\n").filter(Boolean)) {
      const { text } = JSON.parse(line) as { text: string };
      const sentences = segment(text);
      expect(sentences.length).toBeGreaterThan(5);
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
