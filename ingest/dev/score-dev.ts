// Dev loop: segment and extract a JSONL corpus, write predictions as JSONL.
// usage: npx tsx ingest/dev/score-dev.ts DOCS.jsonl OUT.jsonl
import { readFileSync, writeFileSync } from "node:fs";
import { segment } from "../stages/segment.ts";
import { extractEvents } from "../stages/extract.ts";
import type { SourceDocument } from "../types.ts";

const [, , input, output] = process.argv;
if (!input || !output) throw new Error("usage: score-dev.ts DOCS.jsonl OUT.jsonl");
const lines: string[] = [];
const t0 = Date.now();
for (const line of readFileSync(input, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line) as SourceDocument;
  const { events, entities } = extractEvents(doc, segment(doc.text));
  lines.push(JSON.stringify({ id: doc.id, events, entities }));
}
writeFileSync(output, lines.join("\n") + "\n");
console.error(`${lines.length} documents in ${Date.now() - t0} ms`);
