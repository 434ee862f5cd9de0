// Single-thread speed of extraction beside plain compromise tagging of the same text (dev aid; the
// benchmark proper is H4's bench:extract).
import { readFileSync } from "node:fs";
import nlp from "compromise";
import { extractEvents } from "../stages/extract.ts";
import { segment } from "../stages/segment.ts";
import { getLexicon } from "../stages/lexicon.ts";
getLexicon();
const docs = readFileSync(new URL("../../../shared/corpus/seeds.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
for (const d of docs) extractEvents(d, segment(d.text));
let t = Date.now(); for (let r = 0; r < 3; r++) for (const d of docs) extractEvents(d, segment(d.text)); const ex = Date.now() - t;
t = Date.now(); for (let r = 0; r < 3; r++) for (const d of docs) nlp(d.text).json(); const pl = Date.now() - t;
console.log("extract ms", ex, "plain nlp.json ms", pl, "ratio", (pl / ex).toFixed(2));
