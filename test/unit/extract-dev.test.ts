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
// All are met now (dev F1 0.85 at precision 0.94, PLOVER 0.55, PETR-2 0.55 scored in-process; the
// CLI rejects one PETR-2 document whose published date is "121108", which costs it one event):
// the tests assert the bars themselves, so any regression below a bar fails.
describe("extraction quality on the dev and peer sets", () => {
  it("dev set: event F1 >= 0.80 with precision >= 0.85, entities >= 0.90, date and location >= 0.8", () => {
    const r = score("corpus/seeds.jsonl", "eval/seeds.gold.jsonl", false);
    expect(r.events.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.events.f1).toBeGreaterThanOrEqual(0.8);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.attributes.date ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(r.attributes.location ?? 0).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  it("peer set plover-gsr-cameo: F1 >= 0.50", () => {
    const r = score("eval/peer/plover-gsr-cameo.docs.jsonl", "eval/peer/plover-gsr-cameo.gold.jsonl", true);
    expect(r.events.f1).toBeGreaterThanOrEqual(0.5);
  }, 120_000);

  it("peer set petr2-gsr-validation: F1 >= 0.50", () => {
    const r = score("eval/peer/petr2-gsr-validation.docs.jsonl", "eval/peer/petr2-gsr-validation.gold.jsonl", true);
    expect(r.events.f1).toBeGreaterThanOrEqual(0.5);
  }, 120_000);
});
