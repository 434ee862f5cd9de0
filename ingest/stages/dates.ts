// Event dates from sentence text, resolved against the document's published date. A hand-written
// resolver over regular expressions: compromise-dates is ~300 sentences/s, prefers future dates
// and re-tags country names, and the phrases news uses are few. Output YYYY-MM-DD | YYYY-MM | YYYY.

export type DateRole = "event" | "deadline" | "since" | "other";

/** A date phrase found in a sentence, with its resolved value (null when it cannot be resolved). */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string | null;
  /** "deadline": "by September 2"; "since": "since 2019"; "other": "born in 2006". */
  readonly role: DateRole;
}

interface Day { readonly y: number; readonly m: number; readonly d: number }
type Tense = "past" | "future";

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

// Month names are matched case-sensitively: "may" and "march" in lower case are not months.
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR = "(?:19\\d\\d|20\\d\\d)";
const WEEKDAY = "(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)";
// "Sunday, July 27": the weekday is part of the date phrase, the date decides.
const ON_WEEKDAY = `(?:${WEEKDAY},? )?`;
const COUNT = "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";
const QUALIFIER = "(?:(?:more|less|fewer) than|over|nearly|almost|about|around|roughly|some|just|only)";

type Kind =
  | "iso" | "monthDayYear" | "dayMonthYear" | "monthDay" | "dayMonth" | "monthYear"
  | "monthRelYear" | "month" | "weekday" | "relDay" | "relPeriod" | "ago" | "anchored" | "year";

// Ordered from the most to the least specific; overlaps keep the longest match.
const PATTERNS: ReadonlyArray<readonly [Kind, RegExp]> = [
  ["iso", new RegExp(`\\b(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])\\b`, "g")],
  ["monthDayYear", new RegExp(`\\b${ON_WEEKDAY}(?<mon>${MONTH}) (?<d>${DAY})(?:[-–](?:${DAY}))?,? (?<y>${YEAR})\\b`, "g")],
  ["dayMonthYear", new RegExp(`\\b${ON_WEEKDAY}(?<d>${DAY}) (?:of )?(?<mon>${MONTH}),? (?<y>${YEAR})\\b`, "g")],
  ["monthDay", new RegExp(`\\b${ON_WEEKDAY}(?<mon>${MONTH}) (?<d>${DAY})(?:[-–](?:${DAY}))?(?![\\d,.]\\d)\\b`, "g")],
  ["dayMonth", new RegExp(`\\b${ON_WEEKDAY}(?<d>${DAY}) (?:of )?(?<mon>${MONTH})(?![\\w])`, "g")],
  ["monthYear", new RegExp(`\\b(?:(?:early|mid|late|the (?:end|beginning|start|middle) of)[- ])?(?<mon>${MONTH}),? (?:of )?(?<y>${YEAR})\\b`, "g")],
  ["monthRelYear", new RegExp(`\\b(?<mon>${MONTH}),? (?:of )?(?<rel>last|this|next) year\\b`, "g")],
  // "May" alone only after a word that introduces a date: "in May", "last May".
  ["month", new RegExp(`(?:\\b(?<rel>last|this|next|past|coming|early|mid|late)[- ])?(?:\\b(?<mon>January|February|March|April|June|July|August|September|October|November|December|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Jan\\.|Feb\\.|Aug\\.)|(?<=\\b(?:[Ii]n|since|by|until|last|this|next|early|mid|late|of|from|through|during|before|after|and) )(?<may>May))(?![\\w])`, "g")],
  ["weekday", new RegExp(`\\b(?:(?<rel>last|this|next|past|coming) )?(?<wd>${WEEKDAY})(?:'s)?(?: (?:morning|afternoon|evening|night))?\\b`, "g")],
  ["relDay", /\b(?<w>yesterday|today|tonight|tomorrow|overnight|last night|this (?:morning|afternoon|evening)|earlier today|later today)\b/gi],
  ["relPeriod", /\b(?<pre>in |during |earlier |later )?(?:(?<rel>last|this|next|the previous|the prior|the current) (?<unit>year|month|week))\b/gi],
  ["ago", new RegExp(`\\b(?:(?<q>${QUALIFIER}) )?(?<n>${COUNT}) (?<unit>day|week|month|year)s? ago\\b`, "gi")],
  // "more than a year later", "two days after", "the next day": relative to another event.
  ["anchored", new RegExp(`\\b(?:(?:${QUALIFIER} )?(?:${COUNT}|a few|several) (?:day|week|month|year|decade)s? (?:later|on|after(?:wards)?|earlier|before)|the (?:next|following|previous|prior) (?:day|morning|evening|night)|the (?:following|coming) (?:week|month|year)|the day (?:before|after))\\b`, "gi")],
  ["year", new RegExp(`(?<![$€£#\\-/.\\d]|No\\. )\\b(?<y>${YEAR})\\b(?!\\s*(?:troops|soldiers|people|men|women|civilians|km|kilometres|kilometers|miles|metres|meters|tons|tonnes|drones|missiles|shells|rounds|dollars|euros|rubles|residents|refugees|prisoners|casualties|deaths|tanks|jets|aircraft|vehicles|times|hours|days|feet|barrels|members|workers)\\b)(?![-–/.]\\d)`, "g")],
];

// Immediately before the phrase: what makes it a deadline, a starting point or a non-event date.
const DEADLINE_BEFORE = /(?:\b(?:by|until|till|before|no later than|deadline(?: of| for)?|ultimatum(?: of)?|due(?: on)?|expir(?:es|ing|y)(?: on)?)|deadline\b[^.;]{0,40}\bto) (?:the )?(?:(?:end|middle|start|beginning) of )?$/i;
const SINCE_BEFORE = /\bsince (?:(?:the |a |an |its |their |his |her |[\p{Lu}][\p{L}.-]*(?:'s|’s) )?)?$/iu;
const OTHER_BEFORE = /\b(?:born|founded|established|built|created|aged?) (?:in |on )?$/i;

const FUTURE_LOCAL = /(?:\b(?:will|shall|would|(?:going|set|due|expected|scheduled|plans?|planning|intends?|aims?|(?:is|are) (?:due|set)) to|scheduled for|planned for)|'ll|’ll)\s+(?:\w+\s+){0,4}$/i;
const PAST_VERB = /\b(?:said|says|told|announced|stated|added|confirmed|reported|met|held|began|took|spoke|gave|made|sent|struck|hit|fired|launched|left|came|went|saw|signed|\w+ed)\s+(?:(?:on|late|early|last|this)\s+){0,2}$/i;
const FUTURE_SENTENCE = /\b(?:will|shall|'ll|’ll|(?:is|are|was|were) (?:going|set|due|expected|scheduled|slated|poised) to|plans? to|planning to|intends? to|upcoming|to be held)\b/i;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}
function fmtDay(t: Day): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}
function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
function addDays(t: Day, n: number): Day {
  const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
function weekday(t: Day): number {
  return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
}
function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}
function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** "2025-07-28" or a full ISO timestamp ("2025-07-28T10:00:00Z") to a day; anything else to null. */
export function parsePublished(published: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(published ?? "");
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(y, mo, d) ? { y, m: mo, d } : null;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, "");
  return MONTH_NAMES.findIndex((n) => n === key || (key.length >= 3 && key.length <= 4 && n.startsWith(key))) + 1;
}
function dayNumber(s: string): number {
  return Number.parseInt(s, 10);
}

/** Past or future for the phrase at `start`: the verb just before it, else the sentence's. */
function tenseAt(text: string, start: number): Tense {
  const before = text.slice(Math.max(0, start - 60), start);
  if (PAST_VERB.test(before)) return "past";
  if (FUTURE_LOCAL.test(before)) return "future";
  return FUTURE_SENTENCE.test(text) ? "future" : "past";
}

/** The month/day without a year, placed in the year that fits the tense. */
function placeMonthDay(m: number, d: number, p: Day, tense: Tense): string | null {
  const later = m > p.m || (m === p.m && d > p.d);
  const earlier = m < p.m || (m === p.m && d < p.d);
  const y = tense === "past" ? (later ? p.y - 1 : p.y) : earlier ? p.y + 1 : p.y;
  return validDay(y, m, d) ? fmtDay({ y, m, d }) : null;
}

function resolveMonth(m: number, rel: string | undefined, p: Day, tense: Tense): string {
  switch (rel?.toLowerCase()) {
    case "last": case "past":
      return fmtMonth(m < p.m ? p.y : p.y - 1, m); // "last August" in March 2025: 2024-08
    case "this":
      return fmtMonth(p.y, m);
    case "next": case "coming":
      return fmtMonth(m > p.m ? p.y : p.y + 1, m);
    default:
      if (tense === "past") return fmtMonth(m <= p.m ? p.y : p.y - 1, m); // "in June": the most recent June
      return fmtMonth(m >= p.m ? p.y : p.y + 1, m);
  }
}

function resolveWeekday(wd: number, rel: string | undefined, p: Day, tense: Tense): string {
  const back = (weekday(p) - wd + 7) % 7; // 0 when published on that weekday
  const ahead = (wd - weekday(p) + 7) % 7;
  switch (rel?.toLowerCase()) {
    case "last": case "past":
      return fmtDay(addDays(p, -(back || 7)));
    case "next": case "coming":
      return fmtDay(addDays(p, ahead || 7));
    default:
      return fmtDay(addDays(p, tense === "past" ? -back : ahead));
  }
}

/** A month when the whole span [from, to] lies in one, else null: "last week" across months. */
function monthOfSpan(from: Day, to: Day): string | null {
  return from.y === to.y && from.m === to.m ? fmtMonth(from.y, from.m) : null;
}

function resolvePeriod(unit: string, rel: string, pre: string | undefined, p: Day): string | null {
  const shift = /last|previous|prior/.test(rel) ? -1 : /next|following|coming/.test(rel) ? 1 : 0;
  if (unit === "year") return pad(p.y + shift, 4);
  if (unit === "month") return fmtMonth(...addMonths(p.y, p.m, shift));
  const monday = addDays(p, -((weekday(p) + 6) % 7) + 7 * shift);
  const sunday = addDays(monday, 6);
  if (shift === 0 && pre?.trim().toLowerCase() === "earlier") return monthOfSpan(monday, p);
  return monthOfSpan(monday, sunday);
}

function resolve(kind: Kind, g: Record<string, string | undefined>, p: Day | null, tense: Tense): string | null {
  const y = g.y ? Number(g.y) : NaN;
  switch (kind) {
    case "iso": case "monthDayYear": case "dayMonthYear": {
      const m = g.m ? Number(g.m) : monthNumber(g.mon!);
      const d = dayNumber(g.d!);
      return validDay(y, m, d) ? fmtDay({ y, m, d }) : null;
    }
    case "monthYear":
      return fmtMonth(y, monthNumber(g.mon!));
    case "year":
      return pad(y, 4);
    case "anchored":
      return null;
  }
  if (!p) return null; // everything below is relative to the published date
  switch (kind) {
    case "monthDay": case "dayMonth":
      return placeMonthDay(monthNumber(g.mon!), dayNumber(g.d!), p, tense);
    case "monthRelYear": {
      const shift = g.rel === "last" ? -1 : g.rel === "next" ? 1 : 0;
      return fmtMonth(p.y + shift, monthNumber(g.mon!));
    }
    case "month": {
      const rel = g.rel && /^(early|mid|late)$/i.test(g.rel) ? undefined : g.rel;
      return resolveMonth(monthNumber(g.mon ?? g.may!), rel, p, tense);
    }
    case "weekday":
      return resolveWeekday(WEEKDAYS.indexOf(g.wd!.toLowerCase()), g.rel, p, tense);
    case "relDay": {
      const w = g.w!.toLowerCase();
      if (w === "yesterday" || w === "last night") return fmtDay(addDays(p, -1));
      if (w === "tomorrow") return fmtDay(addDays(p, 1));
      return fmtDay(p); // today, tonight, overnight (the night the news reports), this morning
    }
    case "relPeriod":
      return resolvePeriod(g.unit!.toLowerCase(), g.rel!.toLowerCase(), g.pre, p);
    case "ago": {
      if (g.q) return null; // "more than a year ago"
      const n = NUMBERS[g.n!.toLowerCase()] ?? Number(g.n);
      const unit = g.unit!.toLowerCase();
      if (unit === "year") return pad(p.y - n, 4);
      if (unit === "month") return fmtMonth(...addMonths(p.y, p.m, -n));
      return unit === "day" ? fmtDay(addDays(p, -n)) : monthOfSpan(addDays(p, -7 * n - 3), addDays(p, -7 * n + 3));
    }
  }
  return null;
}

function roleAt(text: string, start: number, kind: Kind): DateRole {
  const before = text.slice(Math.max(0, start - 60), start);
  if (kind === "anchored" || kind === "ago") return "event";
  if (DEADLINE_BEFORE.test(before)) return "deadline";
  if (SINCE_BEFORE.test(before)) return "since";
  if (OTHER_BEFORE.test(before)) return "other";
  return "event";
}

// A sentence without any of these words has no date phrase: skip the regexes.
const DATEISH = /\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|day|to(?:day|night|morrow)|night|week|month|year|ago/i;

// "Mirage 2000 jets", "Vision 2030": a year right after a capitalised name is part of the name.
const NAME_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}\d-]*)\s$/u;
const DATE_WORDS = new Set(["in", "by", "since", "from", "until", "during", "of", "before", "after", "the", "and", "early", "late", "mid", "fiscal", "spring", "summer", "autumn", "fall", "winter"]);
function isNamePart(text: string, start: number): boolean {
  const word = NAME_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return word !== undefined && !DATE_WORDS.has(word.toLowerCase()) && monthNumber(word) === 0;
}

/** Every date phrase in `text`, in order, non-overlapping, with its value and role. */
export function dateMentions(text: string, published?: string | null): DateMention[] {
  if (!DATEISH.test(text)) return [];
  const p = parsePublished(published);
  const found: Array<{ start: number; end: number; kind: Kind; groups: Record<string, string | undefined> }> = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (kind === "year" && isNamePart(text, m.index)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, kind, groups: m.groups ?? {} });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const mentions: DateMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    const role = roleAt(text, f.start, f.kind);
    const tense = role === "deadline" ? "future" : tenseAt(text, f.start); // a deadline lies ahead
    const value = resolve(f.kind, f.groups, p, tense);
    mentions.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), value, role });
  }
  return mentions;
}

/**
 * The date of the event a sentence states: its first date phrase that is not a deadline, a
 * starting point or an unrelated date, resolved against `published` (null when the text gives
 * no date, or only relative ones and `published` is unknown).
 */
export function eventDate(sentenceText: string, published?: string | null): string | null {
  const mentions = dateMentions(sentenceText, published).filter((m) => m.role === "event");
  const first = mentions[0];
  if (!first) return null;
  // "yesterday (July 27)": a parenthesised restatement may be more precise.
  const next = mentions[1];
  if (next && next.value && /^\s*\(\s*$/.test(sentenceText.slice(first.end, next.start)) && (first.value === null || next.value.length > first.value.length)) {
    return next.value;
  }
  return first.value;
}
