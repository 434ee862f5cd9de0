// Fixtures for the graph and ingest integration tests: an extractor that replays the gold
// annotations of the seeds (so graph behaviour can be tested apart from extraction quality).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Extractor } from "../../ingest/ingest.ts";
import type { EventPerson, ExtractedEvent, ExtractionResult, PloverType, SourceDocument } from "../../ingest/types.ts";

// ../shared beside the project root (as in CI), wherever the clone is.
export const SEEDS = fileURLToPath(new URL("../../../shared/corpus/seeds.jsonl", import.meta.url));
const GOLD = fileURLToPath(new URL("../../../shared/eval/seeds.gold.jsonl", import.meta.url));

type GoldEvent = { sentence: string; type: PloverType; subtype: string | null; source: string; target: string | null; negated: boolean; uncertain: boolean; date: string | null; location: string | null };

// Who the gold sentences name, to exercise ACTED_IN (a small table, not an extractor).
const PEOPLE: ReadonlyArray<readonly [string, string, boolean]> = [
  ["Putin", "Vladimir Putin", true], ["Kim Jong Un", "Kim Jong Un", true], ["Trump", "Donald Trump", true],
  ["Gerasimov", "Valery Gerasimov", true], ["Koffler", "Rebekah Koffler", false],
];

function peopleIn(sentence: string): EventPerson[] {
  return PEOPLE.filter(([w]) => sentence.includes(w)).map(([, key, resolved]) => ({ key, name: key, country: null, office: null, resolved }));
}

export function goldExtractions(): Map<string, GoldEvent[]> {
  return new Map(readFileSync(GOLD, "utf8").trim().split("\n").map((l) => {
    const g = JSON.parse(l) as { id: string; events: GoldEvent[] };
    return [g.id, g.events];
  }));
}

/** Replays gold events for known documents; other documents get no events. */
export function goldExtract(doc: SourceDocument, gold = goldExtractions()): ExtractionResult {
  const events: ExtractedEvent[] = [];
  const order = new Map<number, number>();
  for (const g of gold.get(doc.id) ?? []) {
    const start = doc.text.indexOf(g.sentence);
    if (start < 0) continue;
    if (!order.has(start)) order.set(start, order.size);
    const people = peopleIn(g.sentence);
    events.push({ ...g, sentenceIndex: order.get(start)!, start, end: start + g.sentence.length, sourcePeople: people.slice(0, 1), targetPeople: people.slice(1) });
  }
  return { id: doc.id, events, entities: [] };
}

export function goldExtractor(): Extractor {
  const gold = goldExtractions();
  return { extract: async (doc) => goldExtract(doc, gold), close: async () => undefined };
}
