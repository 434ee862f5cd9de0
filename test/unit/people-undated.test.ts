// People in a document with no date at all (no `published`, none in the text): a role description
// ("the Chilean president") means whoever holds the office now, never a past holder; a person
// named by name keeps the country of their last office.
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../ingest/gazetteer/index.ts";
import { officesAt, roleHolder, roleOfficesAt } from "../../ingest/gazetteer/offices.ts";
import type { Person } from "../../ingest/gazetteer/schema.ts";
import { holderMemoSize, holderOf } from "../../ingest/stages/analysis.ts";
import { extractEvents } from "../../ingest/stages/extract.ts";
import { getLexicon } from "../../ingest/stages/lexicon.ts";
import { segment } from "../../ingest/stages/segment.ts";

const past: Person = { key: "A", aliases: [], offices: [{ title: "President", country: "CHL", from: "1990-03-11", to: "1994-03-11" }] };
const now: Person = { key: "B", aliases: [], offices: [
  { title: "Senator", country: "CHL", from: "2010-03-11", to: "2022-03-11" },
  { title: "President", country: "CHL", from: "2022-03-11", to: null }] };

describe("roleOfficesAt", () => {
  it("with no date, only offices still held", () => {
    expect(roleOfficesAt(past, null)).toEqual([]);
    expect(roleOfficesAt(now, null).map((o) => o.title)).toEqual(["President"]);
  });
  it("with a date, the offices held then, as officesAt", () => {
    expect(roleOfficesAt(past, "1992")).toEqual(officesAt(past, "1992"));
    expect(roleOfficesAt(now, "2015-06").map((o) => o.title)).toEqual(["Senator"]);
  });
});

describe("roleHolder", () => {
  const guide: Person = { key: "C", aliases: [], offices: [{ title: "Supreme Leader", country: "CHL", from: "1989-06-04", to: null }] };
  it("the title used first, wider titles after", () => {
    expect(roleHolder([guide, now], "CHL", ["president", "supreme leader"], null)).toBe("B");
    expect(roleHolder([guide, past], "CHL", ["president", "supreme leader"], null)).toBe("C");
    expect(roleHolder([guide, past], "CHL", ["president", "supreme leader"], "1992")).toBe("A");
    expect(roleHolder([now], "PER", ["president"], null)).toBeNull();
  });
});

const g = loadGazetteer();
const current = (key: string) => g.person(key)?.offices.some((o) => o.to === null) ?? false;
const undated = (text: string) => extractEvents({ id: "t", text }, segment(text)).events;

describe("role descriptions in an undated document", () => {
  it.each([
    ["The North Korean leader met the US president in Hanoi.", "PRK", "USA"],
    ["The Russian president received the Iranian foreign minister.", "RUS", null],
    ["The French president visited the Chinese president in Beijing.", "FRA", "CHN"],
  ] as const)("%s", (text, src, tgt) => {
    const events = undated(text);
    expect(events.length).toBeGreaterThan(0);
    const people = events.flatMap((e) => [...e.sourcePeople, ...e.targetPeople]);
    const codes = new Set(people.map((p) => p.country));
    expect(codes.has(src)).toBe(true);
    if (tgt) expect(codes.has(tgt)).toBe(true);
    // every holder found for a description is in office now
    for (const p of people) expect(current(p.key), `${p.key} is no current holder`).toBe(true);
  });
  it("a past holder is not 'the North Korean president'", () => {
    const keys = undated("The North Korean president met the South Korean president.").flatMap((e) => [...e.sourcePeople, ...e.targetPeople].map((p) => p.key));
    expect(keys).not.toContain("Kim Il Sung");
    expect(keys).toContain("Kim Jong Un");
  });
  it("a holder known only by description is keyed by their name, not the description", () => {
    const text = "The North Korean leader met the Chinese president.";
    const people = extractEvents({ id: "t", text }, segment(text)).entities.filter((e) => e.kind === "Person").map((e) => e.key);
    expect(people).toContain("Kim Jong Un");
    expect(people.some((k) => /leader|president/i.test(k))).toBe(false);
  });
  it("Iran's president is not its supreme leader", () => {
    const e = undated("The Iranian president met the Iraqi prime minister.")[0]!;
    const irn = [...e.sourcePeople, ...e.targetPeople].filter((p) => p.country === "IRN").map((p) => p.key);
    expect(irn).toHaveLength(1);
    expect(g.officeAt(irn[0]!, null).some((o) => o.country === "IRN" && /^president$/i.test(o.title))).toBe(true);
  });
  it("a name still resolves to its last office", () => {
    const e = undated("Ronald Reagan met Mikhail Gorbachev in Geneva.")[0]!;
    expect(e.sourcePeople.map((p) => p.key)).toEqual(["Ronald Reagan"]);
    expect(e.source).toBe("USA");
  });
});

describe("roleHolder over the gazetteer, indexed by country", () => {
  // the answer a scan of every person gives, as before the index
  const scan = (country: string, titles: readonly string[], date: string | null): string | null => {
    const rank = new Map(titles.map((t, i) => [t, i] as const));
    let best: string | null = null, bestRank = Infinity;
    for (const p of g.people()) for (const o of roleOfficesAt(p, date)) {
      const r = o.country === country ? rank.get(o.title.replace(/^the /i, "").toLowerCase()) : undefined;
      if (r !== undefined && r < bestRank) { best = p.key; bestRank = r; }
    }
    return best;
  };
  it("answers as a scan of all people does, for every country with an office holder", () => {
    const codes = [...new Set(g.people().flatMap((p) => p.offices.map((o) => o.country)))];
    const titles = ["president", "leader", "prime minister", "supreme leader"];
    let named = 0;
    for (const code of codes) for (const date of [null, "1995", "2008-11", "2024-06-19"]) {
      const got = roleHolder(g.people(), code, titles, date);
      expect(got, `${code} ${date}`).toBe(scan(code, titles, date));
      if (got) named++;
    }
    expect(named).toBeGreaterThan(50);
  });
});

describe("holderOf memo", () => {
  it("stays bounded over many distinct dates and still answers right", () => {
    const lex = getLexicon();
    for (let d = 0; d < 3000; d++) {
      const date = new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      holderOf(lex, "FRA", "president|leader", date);
    }
    expect(holderMemoSize()).toBeLessThanOrEqual(1024);
    expect(holderOf(lex, "FRA", "president|leader", "2001-05-02")).toBe(roleHolder(g.people(), "FRA", ["president", "leader"], "2001-05-02"));
    expect(holderOf(lex, "FRA", "president|leader", "2001-05-02")).not.toBeNull();
  });
});
