// English constructions the argument finder handles beyond single trigger rules, each with
// positive and negative sentences of our own. Expected: "TYPE SRC>TGT [neg|unc] [@Location]"
// (TGT "-" for none); "!TYPE SRC>TGT" means that event must NOT be extracted.
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../ingest/stages/extract.ts";
import { segment } from "../../ingest/stages/segment.ts";

const run = (text: string) => extractEvents({ id: "t", text, published: "2025-03-05" }, segment(text)).events;
const SYMMETRIC = new Set(["AGREE", "CONSULT", "COOPERATE"]);

type Row = readonly [sentence: string, expected: readonly string[]];
const TABLE: Record<string, readonly Row[]> = {
  // the governor of "the armed forces of X", "allies such as X", "the capital of X"
  "transparent heads": [
    ["Egypt opened talks with the armed forces of Sudan and Chad.", ["CONSULT EGY>SDN", "CONSULT EGY>TCD"]],
    ["Turkey will hold naval drills with its partners such as Azerbaijan and Pakistan.", ["COOPERATE TUR>AZE unc", "COOPERATE TUR>PAK unc"]],
    ["The Indian president visited the capital of Bhutan last week.", ["CONSULT IND>BTN @capital of Bhutan"]],
    ["Kenya held talks with the president of the football club.", []],
    ["Ghana sent engineers to the occupied territory of Mali.", ["!AID GHA>MLI"]],
  ],
  // the most specific place in a locative phrase of the event's clause
  locations: [
    ["Russian drones struck an energy facility overnight in Ukraine's second city, Kharkiv.", ["ASSAULT RUS>UKR @Kharkiv"]],
    ["Chad sent troops to Niger on Monday.", ["AID TCD>NER @Niger"]],
    ["Serbia shipped ammunition to Hungary.", ["AID SRB>HUN"]],
    ["Putin flew from Moscow to Pyongyang to meet Kim Jong Un.", ["CONSULT RUS>PRK @Pyongyang"]],
  ],
};

function check(events: ReturnType<typeof run>, spec: string): boolean {
  const [head, pair, ...rest] = spec.replace(/^!/, "").split(" ");
  const [src, tgt] = pair!.split(">");
  const flags = rest.filter((r) => !r.startsWith("@"));
  const loc = rest.join(" ").match(/@(.+)$/)?.[1] ?? null;
  return events.some((e) => e.type === head && (
    (e.source === src && (e.target ?? "-") === tgt) || (SYMMETRIC.has(head!) && e.target === src && e.source === tgt))
    && (spec.startsWith("!") || (e.negated === flags.includes("neg") && (!flags.includes("unc") || e.uncertain)
    && (loc === null || (e.location ?? "").toLowerCase().includes(loc.toLowerCase())))));
}

describe("constructions", () => {
  for (const [name, rows] of Object.entries(TABLE)) {
    it.each(rows.map(([s, e]) => [s, e] as const))(`${name}: %s`, (sentence, expected) => {
      const events = run(sentence);
      const got = events.map((e) => `${e.type} ${e.source}>${e.target ?? "-"}${e.negated ? " neg" : ""}${e.uncertain ? " unc" : ""} @${e.location}`).join(", ");
      for (const spec of expected) expect(check(events, spec), `${sentence}\n want ${spec}\n got ${got}`).toBe(!spec.startsWith("!"));
      if (expected.length === 0) expect(events, got).toEqual([]);
    });
  }
});
