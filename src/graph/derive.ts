// Derived state as pure functions: an event's properties and edges from its mentions, a
// relation summary from the events between two actors. The writer recomputes them for whatever a
// transaction touched, so they never drift from the evidence.
import plover from "../../schema/plover.json" with { type: "json" };
import type { EventProps, EventRow, MentionProps, RelationProps } from "./cypher/events.ts";

type PloverEntry = Readonly<{ quadClass: string; weight: number }>;
const TYPES: Readonly<Record<string, PloverEntry>> = plover.types;

export type StoredMention = Readonly<{ documentId: string | null; storyId: string | null; props: MentionProps }>;

/** The most frequent value, ties to the smallest: the same answer whatever order mentions arrive in. */
function mode(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && best !== null && v < best)) [best, bestCount] = [v, c];
  return best;
}

/** The most precise date the mentions give ('2024-06-19' over '2024-06'), then the most frequent. */
function bestDate(dates: readonly (string | null)[]): string | null {
  const known = dates.filter((d): d is string => typeof d === "string" && d.length > 0);
  if (known.length === 0) return null;
  const longest = Math.max(...known.map((d) => d.length));
  return mode(known.filter((d) => d.length === longest));
}

/** An event from its mentions; null when it has none left (the caller deletes it). */
export function summarizeEvent(id: string, mentions: readonly StoredMention[]): EventRow | null {
  const first = mentions[0];
  if (!first) return null;
  const p = first.props;
  const entry = TYPES[p.type];
  // Mentions of a symmetric event may name its actors either way round ("Russia met North Korea",
  // "North Korea met Russia"): the event takes the majority direction, ties to the smaller key
  // first, and a reversed mention's people swap roles with it.
  const direction = mode(mentions.map((m) => `${m.props.source}\u0000${m.props.target ?? ""}`));
  const [source, target] = (direction ?? `${p.source}\u0000`).split("\u0000") as [string, string];
  const people = new Set<string>();
  for (const m of mentions) {
    const reversed = m.props.source !== source;
    for (const k of m.props.sourcePeople ?? []) people.add(`${reversed ? "target" : "source"}\u0000${k}`);
    for (const k of m.props.targetPeople ?? []) people.add(`${reversed ? "source" : "target"}\u0000${k}`);
  }
  const props: EventProps = {
    id,
    type: p.type,
    subtype: mode(mentions.map((m) => m.props.subtype)),
    quadClass: entry?.quadClass ?? null,
    weight: entry?.weight ?? null,
    date: bestDate(mentions.map((m) => m.props.date)),
    negated: p.negated,
    // one plain statement outweighs hedged ones: uncertain only when every mention hedges
    uncertain: mentions.every((m) => m.props.uncertain),
    source,
    target: target === "" ? null : target,
    mentions: mentions.length,
    documents: new Set(mentions.map((m) => m.documentId)).size,
    stories: new Set(mentions.map((m) => m.storyId ?? m.documentId)).size,
  };
  return {
    props,
    place: mode(mentions.map((m) => m.props.place ?? null)),
    people: [...people].sort().map((s) => {
      const [role, key] = s.split("\u0000") as ["source" | "target", string];
      return { key, role };
    }),
  };
}

export type RelationEvent = Readonly<{ type: string; quadClass: string | null; weight: number | null; date: string | null }>;

/** The RELATION edge of a pair is stored once, from the smaller key to the larger; none for self-pairs. */
export function relationPair(source: string, target: string | null): { a: string; b: string } | null {
  if (target === null || target === source) return null;
  return source < target ? { a: source, b: target } : { a: target, b: source };
}

/**
 * Weights summed in hundredths, as integers: exact whatever the order and grouping of the events
 * (so a merged summary equals a full one), and never -0.
 */
const hundredths = (w: number | null) => Math.round((w ?? 0) * 100);

export function summarizeRelation(events: readonly RelationEvent[]): RelationProps | null {
  return mergeRelation(null, events);
}

/**
 * A pair's summary after events were added to it and none changed or went: the stored summary
 * (exactly summarizeRelation of the stored events; null when there is none) merged with the new
 * ones. Equal to summarizeRelation over all of them, without reading the pair's stored events
 * back; summarizeRelation is this fold from nothing.
 */
export function mergeRelation(stored: RelationProps | null, added: readonly RelationEvent[]): RelationProps | null {
  if (added.length === 0) return stored;
  const byType = (stored ? JSON.parse(stored.byType) : {}) as Record<string, number>;
  let cooperation = stored?.cooperation ?? 0;
  let conflict = stored?.conflict ?? 0;
  let first = stored?.first ?? null;
  let last = stored?.last ?? null;
  let weight = hundredths(stored?.weight ?? 0);
  for (const e of added) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    if (e.quadClass?.endsWith("COOPERATION")) cooperation++;
    if (e.quadClass?.endsWith("CONFLICT")) conflict++;
    weight += hundredths(e.weight);
    if (e.date) {
      if (first === null || e.date < first) first = e.date;
      if (last === null || e.date > last) last = e.date;
    }
  }
  const sorted = Object.fromEntries(Object.entries(byType).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { events: (stored?.events ?? 0) + added.length, cooperation, conflict, weight: weight / 100, first, last, byType: JSON.stringify(sorted) };
}
