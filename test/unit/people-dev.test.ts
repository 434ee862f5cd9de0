// People in events (#7) over the seed texts: for events the extractor matches, who acted and
// who was acted upon, from a careful reading of ../shared/corpus/seeds.jsonl. The people of the
// two sides are compared as one set for symmetric types (a meeting has no direction).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../ingest/stages/extract.ts";
import { getLexicon } from "../../ingest/stages/lexicon.ts";
import { segment } from "../../ingest/stages/segment.ts";
import type { ExtractedEvent, SourceDocument } from "../../ingest/types.ts";

type Row = readonly [doc: string, sentenceStart: string, type: string, source: string, target: string | null, sourcePeople: readonly string[], targetPeople: readonly string[]];
const TABLE: readonly Row[] = [
  ["000", "Throughout the ongoing conflict", "ACCUSE", "GBR", "RUS", ["Keir Starmer"], ["Vladimir Putin"]],
  ["000", "Throughout the ongoing conflict", "ACCUSE", "USA", "RUS", ["Donald Trump"], ["Vladimir Putin"]],
  ["000", "Trump had set a deadline", "THREATEN", "USA", "RUS", ["Donald Trump"], ["Vladimir Putin"]],
  ["000", "In the previous year, Putin enacted", "AGREE", "RUS", "PRK", ["Vladimir Putin"], ["Kim Jong Un"]],
  ["001", "Trump had given Putin a deadline", "THREATEN", "USA", "RUS", ["Donald Trump"], ["Vladimir Putin"]],
  ["001", "Last year, the North Korea-Russia", "AGREE", "RUS", "PRK", ["Vladimir Putin"], ["Kim Jong Un"]],
  ["002", "North Korean President Kim Jong Un and Russian President", "CONSULT", "PRK", "RUS", ["Kim Jong Un"], ["Vladimir Putin"]],
  ["002", "Although Joe Biden has rejected", "AID", "USA", "UKR", ["Joe Biden"], []],
  ["002", "During his recent visit to North Korea", "CONSULT", "RUS", "PRK", ["Vladimir Putin"], ["Kim Jong Un"]],
  ["003", "North Korean leader Kim Jong Un held a meeting", "CONSULT", "PRK", "RUS", ["Kim Jong Un"], ["Vladimir Putin"]],
  ["003", "Russia's President Vladimir Putin sent", "ASSAULT", "RUS", "UKR", ["Vladimir Putin"], []],
  ["003", "President Donald Trump stunned Ukrainians", "SANCTION", "USA", "UKR", ["Donald Trump"], []],
  ["003", "Russia's main task remains", "THREATEN", "RUS", "UKR", ["Dmitry Medvedev"], []],
  ["003", "Medvedev expects the United States", "AGREE", "UKR", "USA", ["Volodymyr Zelensky"], []],
  ["004", "We are entering preliminary negotiations", "CONSULT", "RUS", "BRA", ["Valery Gerasimov"], []],
  ["004", "\"We are going to conduct", "COOPERATE", "RUS", "BRA", ["Valery Gerasimov"], []],
  ["004", "While rumours had it", "CONSULT", "PRK", "RUS", ["Kim Jong Un"], []],
];

const SYMMETRIC = new Set(["AGREE", "CONSULT", "COOPERATE"]);
const gazetteer = getLexicon().gazetteer;
// the table's names are canonicalised through the gazetteer, as the extractor's keys are
const canonical = (name: string) => gazetteer.resolvePerson(name, null)?.key ?? name;
const norm = (s: string) => canonical(s).toLowerCase().normalize("NFKD").replace(/[^a-z]/g, "");
const names = (xs: readonly { key: string }[]) => xs.map((p) => norm(p.key)).sort().join(",");

const docs = readFileSync(fileURLToPath(new URL("../../../shared/corpus/seeds.jsonl", import.meta.url)), "utf8")
  .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as SourceDocument);
const events = new Map(docs.map((d) => [d.id.slice(0, 3), extractEvents(d, segment(d.text)).events] as const));

function find(row: Row): ExtractedEvent | undefined {
  const [doc, start, type, source, target] = row;
  return (events.get(doc) ?? []).find((e) => e.type === type && e.sentence.trimStart().startsWith(start) && (
    (e.source === source && e.target === target) || (SYMMETRIC.has(type) && e.source === target && e.target === source)));
}

describe("people in the seed events", () => {
  it("agree with a careful reading on at least 90% of the matched events", () => {
    let matched = 0, agree = 0;
    const wrong: string[] = [];
    for (const row of TABLE) {
      const e = find(row);
      if (!e) continue;
      matched++;
      const [, start, type, , , src, tgt] = row;
      const ok = SYMMETRIC.has(type)
        ? names([...e.sourcePeople, ...e.targetPeople]) === names([...src, ...tgt].map((key) => ({ key })))
        : names(e.sourcePeople) === names(src.map((key) => ({ key }))) && names(e.targetPeople) === names(tgt.map((key) => ({ key })));
      if (ok) agree++;
      else wrong.push(`${start} ${type}: got ${names(e.sourcePeople)} / ${names(e.targetPeople)}`);
    }
    // the check means something only if most of the table's events are found
    expect(matched, "matched events").toBeGreaterThanOrEqual(Math.ceil(TABLE.length * 0.6));
    expect(agree / matched, wrong.join("\n")).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
