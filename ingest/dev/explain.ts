// Prints tokens, tags and actor phrases of a sentence: npx tsx ingest/dev/explain.ts "text"
import { analyse } from "../stages/analysis.ts";
import { getLexicon } from "../stages/lexicon.ts";
import { extractEvents } from "../stages/extract.ts";
import { segment } from "../stages/segment.ts";

const text = process.argv[2] ?? "";
const a = analyse(getLexicon(), text, { lastPerson: null, countries: [], lastOrg: null, speaker: null, date: null });
console.log(a.toks.map((t, i) => `${i}:${t.text}/${[...t.tags].filter((x) => /Verb|Noun|Adjective|Preposition|Gerund|Participle|Passive|PastTense|Determiner/.test(x)).join("+")}`).join(" "));
for (const p of a.phrases) console.log(JSON.stringify({ ...p, members: p.members.map((m) => m.code + (m.personKey ? ":" + m.personKey : "")) }));
for (const e of extractEvents({ id: "x", text }, segment(text)).events) console.log(e.type, e.source, e.target, e.negated ? "neg" : "", e.uncertain ? "unc" : "", e.location);
