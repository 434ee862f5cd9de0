// Event identity: when two mentions are the same real-world event (schema/graph.md, "Identity
// rules"). Pure: the ingest computes ids with the story id it decided inside its transaction.
import { createHash } from "node:crypto";

/** Types whose source and target can swap without changing the event ("Russia and China agreed"). */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(["AGREE", "CONSULT", "COOPERATE"]);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type IdentityInput = Readonly<{
  type: string;
  source: string;
  target: string | null;
  negated: boolean;
  date: string | null;
}>;

/** Source and target as the identity sees them: symmetric types ordered by key. */
export function orderedActors(type: string, source: string, target: string | null): readonly [string, string | null] {
  if (target !== null && SYMMETRIC_TYPES.has(type) && target < source) return [target, source];
  return [source, target];
}

/** True when the date pins the event to a day, so it can merge across stories. */
export function isDayPrecise(date: string | null): date is string {
  return date !== null && DAY.test(date);
}

/** The readable identity key; `eventId` is its sha1. */
export function eventKey(m: IdentityInput, storyId: string): string {
  const [a, b] = orderedActors(m.type, m.source, m.target);
  // 'signed the treaty in June 2024' and an undated 'signed the treaty' merge only within a story
  const when = isDayPrecise(m.date) ? `day:${m.date}` : `story:${storyId}`;
  return [m.type, a, b ?? "", m.negated ? "neg" : "pos", when].join("|");
}

export function eventId(m: IdentityInput, storyId: string): string {
  return createHash("sha1").update(eventKey(m, storyId)).digest("hex");
}

/** Whether a mention's event id depends on its story (it must be re-keyed when stories change). */
export function dependsOnStory(m: Pick<IdentityInput, "date">): boolean {
  return !isDayPrecise(m.date);
}
