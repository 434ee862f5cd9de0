// Which office a person held at a date the text gives only as far as it does (YYYY, YYYY-MM,
// YYYY-MM-DD). Office intervals are [from, to): on a handover day the successor holds it.
import type { Office, Person } from "./schema.ts";

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day a partial date may mean: "2024" is 2024-01-01..2024-12-31. */
export function dateSpan(date: string): { first: string; last: string } {
  const m = PARTIAL.exec(date.slice(0, 10));
  if (!m) throw new Error(`not a YYYY[-MM[-DD]] date: ${date}`);
  const [, y, mo, d] = m;
  if (d !== undefined) return { first: `${y}-${mo}-${d}`, last: `${y}-${mo}-${d}` };
  if (mo !== undefined) return { first: `${y}-${mo}-01`, last: `${y}-${mo}-31` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

const byLatestStart = (a: Office, b: Office) => b.from.localeCompare(a.from);

/**
 * The offices held at `date` (any overlap with a partial date), latest start first.
 * With no date: the offices still held, or else the one(s) that ended last.
 */
export function officesAt(person: Person, date: string | null): Office[] {
  if (date === null) {
    const current = person.offices.filter((o) => o.to === null);
    if (current.length > 0) return [...current].sort(byLatestStart);
    const lastEnd = person.offices.reduce((max, o) => (o.to! > max ? o.to! : max), "");
    return person.offices.filter((o) => o.to === lastEnd);
  }
  const { first, last } = dateSpan(date);
  return person.offices.filter((o) => o.from <= last && (o.to === null || o.to > first)).sort(byLatestStart);
}

/**
 * The offices that make a person "the X president" at `date`: with no date, a role description
 * means the current holder, so only offices still held (a dead president's last office is not).
 * Name lookups keep `officesAt`, where "Reagan" in an undated text is still a US president.
 */
export function roleOfficesAt(person: Person, date: string | null): Office[] {
  return date === null ? person.offices.filter((o) => o.to === null) : officesAt(person, date);
}

/** The people with an office of each country, in list order: built once per people list. */
const byCountry = new WeakMap<readonly Person[], ReadonlyMap<string, readonly Person[]>>();
function peopleOf(people: readonly Person[], country: string): readonly Person[] {
  let index = byCountry.get(people);
  if (!index) {
    const m = new Map<string, Person[]>();
    for (const p of people) for (const c of new Set(p.offices.map((o) => o.country))) {
      const list = m.get(c) ?? [];
      list.push(p);
      m.set(c, list);
    }
    byCountry.set(people, m);
    index = m;
  }
  return index.get(country) ?? [];
}

/**
 * Who "the Iranian president" is: the holder at `date` (see roleOfficesAt) of an office of `country`
 * whose title is one of `titles`, earlier titles first: the word used ("president") before the wider
 * titles it may stand for ("supreme leader"), so Iran's president is not its supreme leader.
 */
export function roleHolder(people: readonly Person[], country: string, titles: readonly string[], date: string | null): string | null {
  const rank = new Map(titles.map((t, i) => [t.toLowerCase(), i] as const));
  let best: string | null = null, bestRank = Infinity;
  for (const p of peopleOf(people, country)) {
    for (const o of roleOfficesAt(p, date)) {
      const r = o.country === country ? rank.get(o.title.replace(/^the /i, "").toLowerCase()) : undefined;
      if (r !== undefined && r < bestRank) { best = p.key; bestRank = r; }
    }
  }
  return best;
}

/**
 * The country (or organization) a person served at `date`: the office held then, else the
 * nearest one before it ("Medvedev, former president"), else the first one after it.
 */
export function countryAt(person: Person, date: string | null): string | null {
  const held = officesAt(person, date);
  if (held.length > 0) return held[0]!.country;
  if (date === null) return null;
  const { first } = dateSpan(date);
  const before = person.offices.filter((o) => o.to !== null && o.to <= first).sort((a, b) => b.to!.localeCompare(a.to!));
  if (before.length > 0) return before[0]!.country;
  const after = [...person.offices].sort((a, b) => a.from.localeCompare(b.from));
  return after[0]?.country ?? null;
}
