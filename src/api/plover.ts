// The PLOVER weights and quad classes (schema/plover.json) the analyses weigh events by.
import plover from "../../schema/plover.json" with { type: "json" };

export type PloverEntry = Readonly<{ quadClass: string; weight: number }>;

export const PLOVER: Readonly<Record<string, PloverEntry>> = plover.types;

export function weightOf(type: string): number {
  return PLOVER[type]?.weight ?? 0;
}

/** Counted types and their positive contribution: cooperative ranks by +weight, hostile by -weight. */
export function partnerWeights(kind: "COOPERATIVE" | "HOSTILE"): Record<string, number> {
  return Object.fromEntries(Object.entries(PLOVER)
    .map(([type, e]): [string, number] => [type, kind === "COOPERATIVE" ? e.weight : -e.weight])
    .filter(([, w]) => w > 0));
}
