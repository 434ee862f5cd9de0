// The extractor against the bars of issue #3, scored by the shared scorer itself
// (../shared/eval/score.mjs): the dev set with its gold, and the two peer sets with --peer.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../ingest/stages/extract.ts";
import { segment } from "../../ingest/stages/segment.ts";
import type { SourceDocument } from "../../ingest/types.ts";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "entente-extract-"));

function score(docs: string, gold: string, peer: boolean) {
  const out = join(dir, `${peer ? "peer" : "dev"}-${Math.random().toString(36).slice(2)}.jsonl`);
  const lines = readFileSync(join(SHARED, docs), "utf8").split("\n").filter((l) => l.trim()).map((l) => {
    const doc = JSON.parse(l) as SourceDocument;
    return JSON.stringify({ id: doc.id, ...extractEvents(doc, segment(doc.text)) });
  });
  writeFileSync(out, lines.join("\n") + "\n");
  const args = [join(SHARED, "eval/score.mjs"), "--gold", join(SHARED, gold), "--pred", out, "--json", ...(peer ? ["--peer"] : [])];
  const r = spawnSync(process.execPath, args, { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as {
    events: { precision: number; recall: number; f1: number };
    entities: { f1: number };
    attributes: { date: number | null; location: number | null };
  };
}

// Issue #3's bars are dev event F1 >= 0.80 (precision >= 0.85) and F1 >= 0.50 on each peer set.
// Measured now (README, "Extraction"): dev F1 0.78 at precision 0.91, PLOVER 0.51,
// PETR-2 0.29: the dev-F1 and PETR-2 bars are NOT met yet. Where a bar is met the test asserts
// it; where it is not, it asserts the measured level as a floor, so any regression fails, and
// FLOORS says how far each one is from its bar. Raise a floor whenever the extractor improves.
const FLOORS = { devF1: 0.77, petr2F1: 0.28 } as const; // bars: 0.80 and 0.50

describe("extraction quality on the dev and peer sets", () => {
  it("dev set: precision >= 0.85, entities >= 0.90, date and location >= 0.8 (bars met); event F1 >= floor 0.77 (bar 0.80 not met)", () => {
    const r = score("corpus/seeds.jsonl", "eval/seeds.gold.jsonl", false);
    expect(r.events.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.events.f1).toBeGreaterThanOrEqual(FLOORS.devF1);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.attributes.date ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(r.attributes.location ?? 0).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  it("peer set plover-gsr-cameo: F1 >= 0.50 (bar met)", () => {
    const r = score("eval/peer/plover-gsr-cameo.docs.jsonl", "eval/peer/plover-gsr-cameo.gold.jsonl", true);
    expect(r.events.f1).toBeGreaterThanOrEqual(0.5);
  }, 120_000);

  it("peer set petr2-gsr-validation: F1 >= floor 0.28 (bar 0.50 not met)", () => {
    const r = score("eval/peer/petr2-gsr-validation.docs.jsonl", "eval/peer/petr2-gsr-validation.gold.jsonl", true);
    expect(r.events.f1).toBeGreaterThanOrEqual(FLOORS.petr2F1);
  }, 120_000);
});
