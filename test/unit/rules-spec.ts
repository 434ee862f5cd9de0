// The expectation language of the construction tables (rules-constructions, rules-coordination):
// "TYPE SRC>TGT [neg] [unc] [@Location|@-]" (TGT "-" for none; @- for no location) must be
// extracted; "!TYPE SRC>TGT" must not be.
import { extractEvents } from "../../ingest/stages/extract.ts";
import { segment } from "../../ingest/stages/segment.ts";
import type { ExtractedEvent } from "../../ingest/types.ts";

export type Row = readonly [sentence: string, expected: readonly string[]];

/** Symmetric types have no direction: either order matches. */
export const SYMMETRIC = new Set(["AGREE", "CONSULT", "COOPERATE"]);

export const run = (text: string): readonly ExtractedEvent[] =>
  extractEvents({ id: "t", text, published: "2025-03-05" }, segment(text)).events;

/** Whether the events contain the one a spec describes (a "!" spec: any event of that type and pair). */
export function check(events: readonly ExtractedEvent[], spec: string): boolean {
  const [head, pair, ...rest] = spec.replace(/^!/, "").split(" ");
  const [src, tgt] = pair!.split(">");
  const flags = rest.filter((r) => !r.startsWith("@"));
  const loc = rest.join(" ").match(/@(.+)$/)?.[1] ?? null;
  const locationOk = (e: ExtractedEvent) =>
    loc === null || (loc === "-" ? e.location === null : (e.location ?? "").toLowerCase().includes(loc.toLowerCase()));
  return events.some((e) => e.type === head
    && ((e.source === src && (e.target ?? "-") === tgt) || (SYMMETRIC.has(head!) && e.target === src && e.source === tgt))
    && (spec.startsWith("!") || (e.negated === flags.includes("neg") && (!flags.includes("unc") || e.uncertain) && locationOk(e))));
}

/** What was extracted, for failure messages. */
export const describeEvents = (events: readonly ExtractedEvent[]): string =>
  events.map((e) => `${e.type} ${e.source}>${e.target ?? "-"}${e.negated ? " neg" : ""}${e.uncertain ? " unc" : ""} @${e.location}`).join(", ");
