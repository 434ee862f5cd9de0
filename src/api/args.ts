// Argument checks: pure functions that return clean values or throw BAD_USER_INPUT.
import type { EventQueryFilter } from "../graph/queries/events.ts";
import { badInput } from "./errors.ts";

export const MAX_PAGE = 100;
const MAX_STRING = 200;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A page size within 1..max (`applyTakeConstraints` in Yoga's examples). */
export function pageSize(first: number | null | undefined, fallback = 20, max = MAX_PAGE, name = "first"): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`${name} must be between 1 and ${max} (got ${n})`);
  return n;
}

export function intInRange(value: number | null | undefined, fallback: number, min: number, max: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`${name} must be between ${min} and ${max} (got ${n})`);
  return n;
}

/** A non-empty string of bounded length (trimmed), or undefined when absent. */
export function optionalText(value: string | null | undefined, name: string, max = MAX_STRING): string | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v.length === 0) throw badInput(`${name} must not be empty`);
  if (v.length > max) throw badInput(`${name} must be at most ${max} characters`);
  return v;
}

export function requiredText(value: string | null | undefined, name: string, max = MAX_STRING): string {
  const v = optionalText(value, name, max);
  if (v === undefined) throw badInput(`${name} is required`);
  return v;
}

export type RangeInput = { from?: string | null; to?: string | null } | null | undefined;

export function dateRange(range: RangeInput): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  for (const end of ["from", "to"] as const) {
    const v = range?.[end];
    if (v === null || v === undefined) continue;
    if (!DATE.test(v)) throw badInput(`range.${end} must be YYYY, YYYY-MM or YYYY-MM-DD (got "${v.slice(0, 40)}")`);
    out[end] = v;
  }
  if (out.from && out.to && out.from > `${out.to}~`) throw badInput("range.from must not be after range.to");
  return out;
}

export type EventFilterInput = {
  actor?: string | null; counterpart?: string | null; source?: string | null; target?: string | null; person?: string | null;
  types?: readonly string[] | null; quadClasses?: readonly string[] | null; range?: RangeInput;
  includeNegated?: boolean | null; includeUncertain?: boolean | null; minStories?: number | null;
} | null | undefined;

/** The GraphQL EventFilter as a query filter; `fixed` fields (e.g. a relationship's actors) win. */
export function eventFilter(input: EventFilterInput, fixed: Partial<EventQueryFilter> = {}): EventQueryFilter {
  const f = input ?? {};
  if (f.minStories !== null && f.minStories !== undefined && (!Number.isInteger(f.minStories) || f.minStories < 0 || f.minStories > 1_000_000)) {
    throw badInput("filter.minStories must be a non-negative integer");
  }
  const range = dateRange(f.range);
  return {
    actor: optionalText(f.actor, "filter.actor"),
    counterpart: optionalText(f.counterpart, "filter.counterpart"),
    source: optionalText(f.source, "filter.source"),
    target: optionalText(f.target, "filter.target"),
    person: optionalText(f.person, "filter.person"),
    types: f.types ?? undefined,
    quadClasses: f.quadClasses ?? undefined,
    from: range.from,
    to: range.to,
    includeNegated: f.includeNegated ?? false,
    includeUncertain: f.includeUncertain ?? false,
    minStories: f.minStories ?? undefined,
    ...fixed,
  };
}
