import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bucketKeys, STORY_THRESHOLD, storyBand, storyComponents, storyFeatures, storySimilarity, termsOf } from "../../ingest/stages/story.ts";
import { DIFFERENT_STORIES, type PairDoc, SAME_STORY } from "./story-pairs.ts";

const features = (d: PairDoc) => storyFeatures(d.text, d.published, d.events);
const meet = (a: { keys: readonly string[]; lookups: readonly string[] }, b: typeof a) =>
  a.lookups.some((k) => b.keys.includes(k)) && b.lookups.some((k) => a.keys.includes(k));

describe("story similarity on hand-written pairs", () => {
  it.each(SAME_STORY.map((p) => [p.name, p] as const))("same story: %s", (_n, p) => {
    const a = features(p.a);
    const b = features(p.b);
    expect(storySimilarity(a, b)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(storySimilarity(b, a)).toBe(storySimilarity(a, b));
    // they must also meet as lookup candidates, or the similarity is never computed
    expect(meet(a, b)).toBe(true);
  });
  it.each(DIFFERENT_STORIES.map((p) => [p.name, p] as const))("different stories: %s", (_n, p) => {
    expect(storySimilarity(features(p.a), features(p.b))).toBeLessThan(STORY_THRESHOLD);
  });
});

describe("story similarity on the seeds (gold events)", () => {
  const docs = readFileSync(new URL("../../../shared/corpus/seeds.jsonl", import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string; published?: string });
  const gold = new Map(readFileSync(new URL("../../../shared/eval/seeds.gold.jsonl", import.meta.url), "utf8").trim().split("\n").map((l) => {
    const g = JSON.parse(l) as { id: string; events: { type: string; source: string; target: string | null }[] };
    return [g.id.slice(0, 3), g.events] as const;
  }));
  const f = new Map(docs.map((d) => [d.id.slice(0, 3), storyFeatures(d.text, d.published, gold.get(d.id.slice(0, 3)) ?? [])]));
  const pairs: [string, string, boolean][] = [];
  const ids = [...f.keys()].sort();
  for (const a of ids) for (const b of ids) if (a < b) pairs.push([a, b, a === "000" && b === "001"]);
  it.each(pairs)("%s ~ %s: same story %s", (a, b, same) => {
    const s = storySimilarity(f.get(a)!, f.get(b)!);
    expect(s >= STORY_THRESHOLD, `similarity ${s}`).toBe(same);
  });
  it("finds 000 and 001 without their events (paraphrase, not only copies)", () => {
    const a = storyFeatures(docs[0]!.text, docs[0]!.published, []);
    const b = storyFeatures(docs[1]!.text, docs[1]!.published, []);
    expect(storySimilarity(a, b)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });
});

describe("features", () => {
  it("keeps names and figures, not sentence-initial capitals", () => {
    const { names } = termsOf("Initially, the flights will run once a month. The first flight, run by Nordwind, carried 45,000 rubles of cargo.");
    expect(names).toContain("nordwind");
    expect(names).toContain("45000");
    expect(names).not.toContain("initially");
    expect(names).not.toContain("the");
  });
  it("a story fact retold a month later scores lower than the same day", () => {
    const p = SAME_STORY[1]!;
    const late = { ...p.b, published: "2025-04-20" };
    expect(storySimilarity(features(p.a), features(late))).toBeLessThan(storySimilarity(features(p.a), features(p.b)));
  });
});

describe("lookup buckets", () => {
  const bands = ["n0:x", "n1:y"];
  const keysOf = (published: string | null) => bucketKeys(bands, published);
  const meets = (p: string | null, q: string | null) => keysOf(p).lookups.some((k) => keysOf(q).keys.includes(k));
  // [a, b, compared?]
  const table: ReadonlyArray<readonly [string | null, string | null, boolean]> = [
    ["2025-03-10", "2025-03-11", true],
    ["2025-03-10", "2025-03-18", true],
    ["2025-03-10", "2025-04-10", false],
    ["2025-03-10", null, false],
    [null, null, true],
  ];
  it.each(table)("%s and %s meet: %s, in both directions", (a, b, compared) => {
    expect(meets(a, b)).toBe(compared);
    expect(meets(b, a)).toBe(compared);
  });  // the keys are looked up as terms of a whitespace-analyzed fulltext index: one alphanumeric word each
  it.each(["2025-03-10", "1965-06-01", null])("keys of a document published %s are plain alphanumeric terms", (published) => {
    const f = storyFeatures("Talks in Geneva between Iran and the IAEA over 3,000 centrifuges ended.", published, []);
    expect(f.keys.length).toBeGreaterThan(0);
    for (const k of [...f.keys, ...f.lookups]) expect(k).toMatch(/^[a-z0-9]+$/);
    // one stored key per band, the band readable from the key (the graph stores band i in storyBand<i>)
    expect(f.keys.map(storyBand)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    for (const k of f.lookups) expect(f.keys.map(storyBand)).toContain(storyBand(k));
  });
});

describe("story components", () => {
  it("names each story by its smallest document id, whatever the edge order", () => {
    const edges: [string, string][] = [["c", "d"], ["b", "c"], ["x", "y"]];
    const one = storyComponents(["a", "b", "c", "d", "x", "y"], edges);
    const two = storyComponents(["y", "x", "d", "c", "b", "a"], [...edges].reverse());
    expect([...one].sort()).toEqual([...two].sort());
    expect(one.get("d")).toBe("b");
    expect(one.get("y")).toBe("x");
    expect(one.get("a")).toBe("a");
  });
});
