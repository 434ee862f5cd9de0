// Story detection: do two documents tell the same story? Syndicated copies share words; rewrites
// and paraphrases share the facts (names, numbers, dates, places) and the events, not the
// wording. So the similarity combines the overlap of named terms, of extracted event signatures
// and of content words (MinHash estimate), discounted when the publication dates are far apart.
// Pure: features are computed once per document and stored on it, so candidates found later
// through shared lookup keys (LSH bands of the named terms) can be compared without their text.
import { orderedActors } from "./identity.ts";

export type StoryFeatures = Readonly<{
  /** Named terms: capitalised words inside sentences and numbers, lowercased, sorted. */
  names: readonly string[];
  /** MinHash signature of the content words (for an estimate of their Jaccard overlap). */
  content: readonly number[];
  /** Event signatures `TYPE|source|target`, sorted. */
  signatures: readonly string[];
  /** Keys stored with the document (LSH bands over `names`, tagged with the publication week; alphanumeric terms). */
  keys: readonly string[];
  /** Keys looked up for candidates: a document is compared with those storing one of them. */
  lookups: readonly string[];
  published: string | null;
}>;

/** Similarity at or above which two documents are `SAME_STORY_AS` (calibrated in test/unit/story.test.ts). */
export const STORY_THRESHOLD = 0.3;

const MINHASH_SIZE = 64;
const BAND_ROWS = 3;
const NAME_HASHES = 30;

// Words that are capitalised for grammar, not because they name something.
const STOP = new Set(
  ("the a an and or but if in on at of to for from by with as is are was were be been has have had it its this that these those " +
    "he she they we you i his her their our your who whom which what when where while after before since during amid among " +
    "not no yes also however although though despite according more most many much some any all both each other another such " +
    "than then there here into onto over under about above below again further once only very just now still yet so because " +
    "will would could should may might must can shall do does did said says say told asked added mr mrs ms dr sir " +
    "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday")
    .split(/\s+/),
);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const SENTENCE_START = /(^|[.!?:;\n"“”‘'(\[—–-])\s*$/;

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche so seeds give independent orders
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}

function minhash(items: readonly string[], size: number): number[] {
  const out = new Array<number>(size).fill(0xffffffff);
  for (const item of items) {
    for (let i = 0; i < size; i++) {
      const h = fnv1a(item, i * 0x9e3779b1);
      if (h < out[i]!) out[i] = h;
    }
  }
  return out;
}

/** Named terms and content words of a text (pure; exported for tests). */
export function termsOf(text: string): { names: string[]; content: string[] } {
  const names = new Set<string>();
  const content = new Set<string>();
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0].replace(/[’']s$/u, "").replace(/[.,]+$/u, "");
    const lower = raw.toLowerCase();
    if (/\p{N}/u.test(raw)) {
      // "45,000 rubles" and "45000 rubles" are one figure
      names.add(lower.replace(/[,’']/gu, ""));
      continue;
    }
    if (STOP.has(lower)) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/^\p{Lu}/u.test(raw) && !SENTENCE_START.test(before) && raw.length > 1) names.add(lower);
    if (lower.length >= 4) content.add(lower.slice(0, 6)); // crude stem: strengthen/strengthened
  }
  return { names: [...names].sort(), content: [...content].sort() };
}

export type StoryEvent = Readonly<{ type: string; source: string; target: string | null }>;

export function storyFeatures(text: string, published: string | null | undefined, events: readonly StoryEvent[]): StoryFeatures {
  const { names, content } = termsOf(text);
  const signatures = [...new Set(events.map((e) => {
    const [a, b] = orderedActors(e.type, e.source, e.target);
    return `${e.type}|${a}|${b ?? ""}`;
  }))].sort();
  const nameHashes = minhash(names, NAME_HASHES);
  const bands: string[] = [];
  if (names.length > 0) {
    for (let b = 0; b + BAND_ROWS <= NAME_HASHES; b += BAND_ROWS) {
      // one alphanumeric term (the fulltext index's whitespace analyzer keeps it whole): fixed-width hashes need no separator
      bands.push(`n${b / BAND_ROWS}x${nameHashes.slice(b, b + BAND_ROWS).map((h) => h.toString(36).padStart(7, "0")).join("")}`);
    }
  }
  const day = published ? published.slice(0, 10) : null;
  const { keys, lookups } = bucketKeys(bands, day);
  return { names, content: minhash(content, MINHASH_SIZE), signatures, keys, lookups, published: day };
}

/**
 * Stories are local in time, so a band is bucketed by publication week: a dated document is
 * stored under its week and looks up its week and the weeks either side; an undated document is
 * stored and looked up under `none` (it cannot be placed in time, so it is compared only with
 * other undated documents). Two documents meet iff each would find the other (the same edges
 * whatever the ingest order), and a bucket holds weeks of news, not the whole corpus.
 */
export function bucketKeys(bands: readonly string[], published: string | null): { keys: string[]; lookups: string[] } {
  const t = published ? Date.parse(published) : Number.NaN;
  if (Number.isNaN(t)) {
    const none = bands.map((b) => `${b}none`).sort();
    return { keys: none, lookups: none };
  }
  const week = Math.floor(t / (7 * 86_400_000));
  // no '-' in a term (a query operator): weeks before 1970 are 'm<n>'
  const w = (n: number) => (n < 0 ? `m${-n}` : `w${n}`);
  return {
    keys: bands.map((b) => `${b}${w(week)}`).sort(),
    lookups: bands.flatMap((b) => [`${b}${w(week - 1)}`, `${b}${w(week)}`, `${b}${w(week + 1)}`]).sort(),
  };
}

/** The band a key belongs to (keys are `n<band>x<hashes><week>`). */
export function storyBand(key: string): number {
  return Number.parseInt(key.slice(1), 10);
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const x of new Set(b)) if (set.has(x)) shared++;
  return shared / (set.size + new Set(b).size - shared);
}

function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.abs(ta - tb) / 86_400_000;
}

/** Same-story score in [0,1]; symmetric, so the relation does not depend on ingest order. */
export function storySimilarity(a: StoryFeatures, b: StoryFeatures): number {
  const names = jaccard(a.names, b.names);
  const content = minhashSimilarity(a.content, b.content);
  const hasEvents = a.signatures.length > 0 && b.signatures.length > 0;
  const events = hasEvents ? jaccard(a.signatures, b.signatures) : 0;
  const text = hasEvents ? 0.55 * names + 0.2 * content + 0.25 * events : 0.7 * names + 0.3 * content;
  // a story is news for days, not months: the same facts retold a month later are a new story
  const days = daysApart(a.published, b.published);
  const recency = days === null || days <= 3 ? 1 : days <= 10 ? 0.8 : 0.4;
  return Math.round(text * recency * 1000) / 1000;
}

/** Connected components: each document's story id is the smallest document id of its component. */
export function storyComponents(ids: readonly string[], edges: readonly (readonly [string, string])[]): Map<string, string> {
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of edges) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  }
  return new Map([...parent.keys()].map((id) => [id, find(id)]));
}
