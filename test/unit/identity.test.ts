import { describe, expect, it } from "vitest";
import { dependsOnStory, eventId, eventKey, orderedActors } from "../../ingest/stages/identity.ts";

const base: { type: string; source: string; target: string | null; negated: boolean; date: string | null } = { type: "CONSULT", source: "RUS", target: "PRK", negated: false, date: "2024-06-19" };

describe("event identity", () => {
  // [name, a, storyA, b, storyB, same event?]
  const table: ReadonlyArray<readonly [string, typeof base, string, typeof base, string, boolean]> = [
    ["same day, different stories merge", base, "s1", base, "s2", true],
    ["symmetric type: actors swapped merge", base, "s1", { ...base, source: "PRK", target: "RUS" }, "s1", true],
    ["directed type: actors swapped do not merge", { ...base, type: "ACCUSE" }, "s1", { ...base, type: "ACCUSE", source: "PRK", target: "RUS" }, "s1", false],
    ["different day does not merge", base, "s1", { ...base, date: "2024-06-20" }, "s1", false],
    ["negated does not merge with affirmed", base, "s1", { ...base, negated: true }, "s1", false],
    ["undated merge within one story", { ...base, date: null }, "s1", { ...base, date: null }, "s1", true],
    ["undated do not merge across stories", { ...base, date: null }, "s1", { ...base, date: null }, "s2", false],
    ["month precision merges within one story", { ...base, date: "2024-06" }, "s1", { ...base, date: null }, "s1", true],
    ["month precision does not merge across stories", { ...base, date: "2024-06" }, "s1", { ...base, date: "2024-06" }, "s2", false],
    ["day precision never merges with undated", base, "s1", { ...base, date: null }, "s1", false],
    ["no target differs from a target", { ...base, target: null }, "s1", base, "s1", false],
    ["different type does not merge", base, "s1", { ...base, type: "AGREE" }, "s1", false],
  ];
  it.each(table)("%s", (_name, a, sa, b, sb, same) => {
    expect(eventId(a, sa) === eventId(b, sb), `${eventKey(a, sa)} vs ${eventKey(b, sb)}`).toBe(same);
  });

  it("orders actors only for symmetric types", () => {
    expect(orderedActors("AGREE", "USA", "CHN")).toEqual(["CHN", "USA"]);
    expect(orderedActors("THREATEN", "USA", "CHN")).toEqual(["USA", "CHN"]);
    expect(orderedActors("AGREE", "USA", null)).toEqual(["USA", null]);
  });

  it("says which mentions must be re-keyed when their story changes", () => {
    expect(dependsOnStory({ date: "2024-06-19" })).toBe(false);
    expect(dependsOnStory({ date: "2024-06" })).toBe(true);
    expect(dependsOnStory({ date: null })).toBe(true);
  });

  it("is a 40-hex sha1", () => {
    expect(eventId(base, "s")).toMatch(/^[0-9a-f]{40}$/);
  });
});
