// Every trigger rule's own positive and negative sentences (ingest/rules/triggers.ts).
// A positive "TYPE SRC>TGT [neg|unc]" must be extracted; a negative ("") yields no event of the
// rule's type.
import { describe, expect, it } from "vitest";
import { TRIGGERS } from "../../ingest/rules/triggers.ts";
import { extractEvents } from "../../ingest/stages/extract.ts";
import { segment } from "../../ingest/stages/segment.ts";

const run = (text: string) => extractEvents({ id: "t", text, published: "2025-03-05" }, segment(text)).events;

describe("trigger rules", () => {
  for (const rule of TRIGGERS) {
    it.each(rule.examples.map(([s, e]) => [s, e] as const))(`${rule.id}: %s -> %s`, (sentence, expected) => {
      const events = run(sentence);
      if (expected === "") {
        expect(events.filter((e) => e.type === rule.type).map((e) => `${e.type} ${e.source}>${e.target}`)).toEqual([]);
        return;
      }
      const [type, pair, flag] = expected.split(" ");
      const [src, tgt] = pair!.split(">");
      const symmetric = type === "AGREE" || type === "CONSULT" || type === "COOPERATE";
      const found = events.find((e) => e.type === type && (
        (e.source === src && (e.target ?? "-") === tgt) || (symmetric && e.target === src && e.source === tgt)));
      expect(found, `${sentence}\n got ${events.map((e) => `${e.type} ${e.source}>${e.target}`).join(", ")}`).toBeDefined();
      expect(found!.negated).toBe(flag === "neg");
      if (flag === "unc") expect(found!.uncertain).toBe(true);
    });
  }
});
