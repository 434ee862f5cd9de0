// One sentence made ready for the trigger rules: tokens with part-of-speech tags, gazetteer
// mentions, and actor phrases (coordinated actors with their governing preposition and role).
import { posTag } from "../nlp/tagger.ts";
import { roleHolder } from "../gazetteer/offices.ts";
import { COUNTRY_REFERENCES, HEAD_ROLE_WORDS, HEAD_TITLES, PAIR_REFERENCES, PERSON_PRONOUNS, STATE_HEADS, TITLES } from "../rules/actors.ts";
import { ADVERSARY_WORDS, COMPASS_WORDS, INTENTION_NOUNS, OCCUPATION_COMPOUND_ENDS, OCCUPATION_WORDS, PLACE_SUFFIXES, SOURCE_NOUNS, SPEECH_VERBS } from "../rules/words.ts";
import type { Lexicon } from "./lexicon.ts";
import { tokenize, type Token } from "./tokens.ts";

export interface Tok extends Token {
  readonly tags: ReadonlySet<string>;
}

export interface Member {
  readonly code: string; // ISO3 or organization key
  readonly personKey: string | null;
  readonly personName: string | null;
  readonly resolved: boolean;
}

export interface Place {
  /** A town or city: more specific than a region or a country. */
  readonly city?: boolean;
  readonly name: string;
  readonly country: string | null;
  readonly start: number;
  readonly end: number;
}

export type Role = "subj" | "obj" | "pobj";

export interface ActorPhrase {
  readonly members: Member[];
  readonly start: number;
  readonly end: number; // after the last mention (and its 's)
  readonly headEnd: number; // after the head noun it modifies ("North Korean troops")
  readonly prep: string | null;
  readonly role: Role;
  readonly possessive: boolean;
  /** A capital, seat or city-like mention in a locative phrase: a place, not an actor. */
  readonly place: Place | null;
  readonly demonym: boolean;
  /** Through a transparent head: "with the armed forces of Brazil", "with allies such as Cuba",
   *  "visited the capital of North Korea": the preposition or verb governing that head. */
  readonly outer: { readonly prep: string | null; readonly role: Role; readonly at: number } | null;
}

export interface Analysis {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly phrases: readonly ActorPhrase[];
  readonly places: readonly Place[];
  readonly people: readonly Member[];
}

/** What earlier sentences of the document tell about references. */
export interface Discourse {
  lastPerson: Member | null;
  countries: string[]; // actor codes in order of mention, most recent last
  lastOrg: string | null;
  /** Each actor's last adversary in the document (from attacks, threats, coercion): "the enemy". */
  opponents?: Map<string, string>;
  /** The last plural subject: a coordination of actors ("Kim Jong Un and Vladimir Putin"). */
  lastGroup?: Member[] | null;
  speaker: Member | null; // of the quote being read
  date: string | null;
}

export const PREPS = new Set([
  "in", "on", "at", "to", "into", "from", "with", "against", "by", "for", "of", "near", "across", "toward", "towards",
  "over", "between", "among", "onto", "via", "within", "without", "including", "like", "amid", "despite", "after",
  "before", "behind", "through", "throughout", "under", "during", "about", "around", "outside", "inside", "beyond",
  "along", "upon", "than", "as", "behalf", "following", "alongside",
]);
const DETS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "some", "several", "many", "other", "both", "all", "any", "these", "those", "this", "that", "each", "every", "more", "most", "few", "such"]);
const QUANT = /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|tens|millions|scores|some|many|most|several|part|members|employees|units|groups?|group)$/;
export const SPEECH: ReadonlySet<string> = new Set(SPEECH_VERBS);
const SOURCE = new Set(SOURCE_NOUNS);
const INTENTION = new Set(INTENTION_NOUNS);
const ADVERSARY = new Set(ADVERSARY_WORDS);
const OCCUPATION = new Set(OCCUPATION_WORDS);
const HEAD_ROLE = new Set(HEAD_ROLE_WORDS);
const HEAD_TITLE_KEY = HEAD_TITLES.join("|");
const OCCUPATION_END = new Set(OCCUPATION_COMPOUND_ENDS);
const PLACE_SUFFIX = new Set(PLACE_SUFFIXES);

const COMPASS = new Set(COMPASS_WORDS);
const titleSeqs = TITLES.map((t) => tokenize(t).map((x) => x.lower));
const headSeqs = STATE_HEADS.map((t) => tokenize(t).map((x) => x.lower));
const pairSeqs = PAIR_REFERENCES.map((r) => tokenize(r.text).map((x) => x.lower));

export function seqAt(toks: readonly Token[], i: number, seqs: readonly (readonly string[])[]): number {
  let best = 0;
  for (const s of seqs) {
    if (s.length <= best) continue;
    let ok = true;
    for (let k = 0; k < s.length; k++) if (toks[i + k]?.lower !== s[k]) { ok = false; break; }
    if (ok) best = s.length;
  }
  return best;
}

export const isVerb = (t: Tok | undefined): boolean => !!t && t.tags.has("Verb") && !t.tags.has("Noun");
const isNounish = (t: Tok | undefined): boolean =>
  !!t && (t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Value") || /^\d/.test(t.text) || t.lower === "-") && !PREPS.has(t.lower) && !isVerb(t);

const NO_TAGS: ReadonlySet<string> = new Set();

function align(toks: readonly Token[], text: string, tag: boolean): Tok[] {
  if (!tag) return toks.map((t) => ({ ...t, tags: NO_TAGS }));
  const spans = posTag(text);
  let k = 0;
  return toks.map((t) => {
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    const s = spans[k];
    const tags = s && s.start <= t.start && t.start < Math.max(s.end, s.start + 1) ? s.tags : new Set<string>();
    return { ...t, tags };
  });
}

interface RawMention {
  start: number;
  end: number;
  member: Member | null;
  place: Place | null;
  kind: string;
  pair?: Member[];
}

function personMember(lex: Lexicon, name: string, key: string, date: string | null, fallbackCode: string | null): Member | null {
  const g = lex.gazetteer;
  const p = g.resolvePerson(name, date) ?? g.person(key);
  const code = p ? g.personCountryAt(p.key, date) ?? p.offices[p.offices.length - 1]?.country ?? null : fallbackCode;
  if (!code) return null;
  return { code, personKey: p?.key ?? name, personName: name, resolved: !!p };
}

/** The actors a "they" of this sentence most likely stands for: the last demonym group ("Ukrainian
 *  forces"), or a coordination ("Kim and Putin"). */
function groupHere(out: readonly RawMention[]): Member[] | null {
  const last = [...out].reverse().find((x) => x.member && !x.place && x.kind !== "pronoun");
  if (!last) return null;
  if (last.kind === "demonym") return [last.member!];
  return null;
}

function mentions(lex: Lexicon, toks: readonly Tok[], disc: Discourse, inQuote: (i: number) => boolean): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const pair = seqAt(toks, i, pairSeqs);
    if (pair > 0) {
      // "Kim met Putin in Pyongyang, the first talks between the two countries": this sentence's
      // own two countries first, else the last two of the discourse
      const here = [...new Set(out.filter((x) => x.member && !x.place).map((x) => x.member!.code))];
      // ("Chad fined both the allies": the two named before, other than the sentence's own actor)
      // ("Peru urged both countries": not the asker just before)
      const asker = [...out].reverse().find((x) => x.member && !x.place && x.end >= i - 3)?.member?.code;
      const others = here.filter((c) => c !== asker);
      const recent = others.length >= 2 ? others.slice(-2) : [...new Set([...disc.countries].reverse())].filter((c) => !here.includes(c)).slice(0, 2);
      if (recent.length === 2) out.push({ start: i, end: i + pair, member: null, place: null, kind: "pair", pair: recent.map((code) => ({ code, personKey: null, personName: null, resolved: true })) });
      i += pair - 1;
      continue;
    }
    const m = lex.match(toks, i);
    if (m) {
      const e = m.entries[0]!;
      const text = toks.slice(i, m.end).map((x) => x.text).join(" ");
      if (e.kind === "region" || e.kind === "city") {
        const place = lex.gazetteer.place(e.key);
        // "Kursk region", "the Kursk region": the region word belongs to the place.
        let end = m.end;
        if (PLACE_SUFFIX.has(toks[end]?.lower ?? "")) end++;
        out.push({ start: i, end, member: null, place: { name: place?.name ?? text, country: place?.country ?? null, start: i, end, city: e.kind === "city" && place?.kind === "city" }, kind: e.kind });
      } else if (e.kind === "person") {
        const mem = personMember(lex, text, e.key, disc.date, null);
        if (mem) out.push({ start: i, end: m.end, member: mem, place: null, kind: "person" });
      } else if (!e.ambiguous || (e.kind === "organization" && disc.lastOrg === e.key)) {
        let member: Member = { code: e.key, personKey: null, personName: null, resolved: true };
        // "the Russian president", "North Korea's leader": the holder of that office at the date
        if (e.kind === "demonym" || e.kind === "country") {
          const k = m.end + (toks[m.end]?.lower === "'s" ? 1 : 0);
          const title = HEAD_ROLE.has(toks[k]?.lower ?? "") ? HEAD_TITLE_KEY
            : toks[k]?.lower === "prime" && toks[k + 1]?.lower === "minister" ? "prime minister" : null;
          const next = toks[k + (title === "prime minister" ? 2 : 1)];
          if (title && !(next?.upper)) {
            const holder = holderOf(lex, e.key, title, disc.date);
            if (holder) member = { code: e.key, personKey: holder, personName: toks.slice(i, k + 1).map((x) => x.text).join(" "), resolved: true };
          }
        }
        const place = e.kind === "capital" || e.kind === "seat" ? { name: text, country: e.key, start: i, end: m.end } : null;
        out.push({ start: i, end: m.end, member, place, kind: e.kind });
      }
      i = m.end - 1;
      continue;
    }
    // "he", "his": the person named last; "we", "our" inside a quote: the speaker's country.
    // "As Putin's rapport with Trump wanes, he ...": a person after with/to/from/by/of is rarely the
    // antecedent of the next subject pronoun; prefer the last one that is not
    const persons = [...out].reverse().filter((x) => x.member?.personKey && x.kind === "person");
    const free = persons.find((x) => !/^(with|to|from|by|of|against|for)$/.test(toks[x.start - 1]?.lower ?? ""));
    const lastHere = (free ?? persons[0])?.member ?? null;
    if (PERSON_PRONOUNS.includes(t.lower) && (lastHere ?? disc.lastPerson)) {
      out.push({ start: i, end: i + 1, member: lastHere ?? disc.lastPerson, place: null, kind: "pronoun" });
    } else if (t.lower === "its" && toks[i + 2]?.lower === "to" && INTENTION.has(toks[i + 1]?.lower ?? "") && !inQuote(i) && out.some((x) => x.member && !x.place && !x.member.personKey && x.kind !== "pronoun" && lex.gazetteer.country(x.member.code))) {
      // "Russia stands well placed as far as its plan to ... is concerned": the country named before in the sentence
      const owner = [...out].reverse().find((x) => x.member && !x.place && !x.member.personKey && x.kind !== "pronoun" && lex.gazetteer.country(x.member.code))!;
      out.push({ start: i, end: i + 1, member: { ...owner.member!, personName: null }, place: null, kind: "pronoun" });
    } else if (t.lower === "the" && ADVERSARY.has(toks[i + 1]?.lower ?? "") && disc.opponents) {
      // "The enemy is conducting offensive actions" in a Ukrainian commander's words: Russia. The side
      // speaking is the quote's speaker, else the first actor of the sentence, else the last named.
      // An unquoted "our troops" beside it is the voice of the person just named (a paraphrased commander).
      const ours = toks.some((x) => x.lower === "our" || x.lower === "we") ? disc.lastPerson?.code ?? null : null;
      const side = (inQuote(i) && disc.speaker ? disc.speaker.code : null) ?? ours ?? out.find((x) => x.member && !x.place)?.member?.code ?? disc.countries[disc.countries.length - 1];
      const foe = side ? disc.opponents.get(side) : undefined;
      if (foe) out.push({ start: i, end: i + 2, member: { code: foe, personKey: null, personName: null, resolved: true }, place: null, kind: "enemy" });
      i++;
    } else if (/^(they|them|their)$/.test(t.lower) && (groupHere(out) ?? disc.lastGroup)) {
      // "Ukrainian forces could hold ... as they fight", "They took a ride in a park": the last
      // plural actors of this sentence, else of the discourse
      for (const member of groupHere(out) ?? disc.lastGroup!) out.push({ start: i, end: i + 1, member, place: null, kind: "pronoun" });
    } else if ((t.lower === "we" || t.lower === "our") && inQuote(i) && disc.speaker) {
      out.push({ start: i, end: i + 1, member: { ...disc.speaker }, place: null, kind: "pronoun" });
    } else if (t.lower === "our" && disc.lastPerson && out.some((x) => x.kind === "enemy")) {
      // "The enemy is trying to break through the defenses of our troops": the commander's side
      out.push({ start: i, end: i + 1, member: { ...disc.lastPerson, personKey: null, personName: null }, place: null, kind: "pronoun" });
    } else if (t.lower === "the" && COUNTRY_REFERENCES.includes(toks[i + 1]?.lower ?? "") && disc.countries.length > 0) {
      const code = disc.countries[disc.countries.length - 1]!;
      out.push({ start: i, end: i + 2, member: { code, personKey: null, personName: null, resolved: true }, place: null, kind: "countryref" });
      i++;
    } else if (t.upper && t.tags.has("Person") && i > 0 && seqAt(toks, i, titleSeqs) === 0) {
      // ("President" itself is a title, not the start of a name: "former President Donald Trump")
      // A name the gazetteer lacks, after a title: "Armed Forces Minister Sebastien Lecornu".
      let j = i;
      while (j < toks.length && toks[j]!.upper && (toks[j]!.tags.has("Person") || toks[j]!.tags.has("ProperNoun"))) j++;
      const titled = j - i >= 2 && seqAt(toks, i - 1, titleSeqs) > 0 || (j - i >= 2 && titleEndsAt(toks, i));
      if (titled) {
        const name = toks.slice(i, j).map((x) => x.text).join(" ");
        // "The US commander in Iraq, General David Petraeus": the actor word on a title, not the last place
        const titledBy = [...out].reverse().find((x) => x.member && !x.member.personKey && i - x.end <= 8 && seqAt(toks, x.end, titleSeqs) > 0);
        const prevCode = titledBy?.member?.code ?? (out.length > 0 ? out[out.length - 1]!.member?.code ?? null : null);
        const mem = personMember(lex, name, name, disc.date, prevCode ?? disc.countries[disc.countries.length - 1] ?? null);
        if (mem) out.push({ start: i, end: j, member: mem, place: null, kind: "person" });
        i = j - 1;
      }
    }
  }
  return out;
}

/** How many tokens before `i` form a title ("former President"): 0 when none. */
function titleTail(toks: readonly Tok[], i: number): number {
  for (let k = 4; k >= 1; k--) if (i - k >= 0 && seqAt(toks, i - k, titleSeqs) === k) return k + (i - k - 1 >= 0 && toks[i - k - 1]!.lower === "former" ? 1 : 0);
  return 0;
}

/** Recent answers of holderOf, least recently used first: bounded, so a long-running worker that
 *  reads documents of ever new dates does not grow with them. */
const HOLDER_MEMO_SIZE = 1024;
const holders = new Map<string, string | null>();

/** The person holding a head-of-state or government office of `code` at `date`. */
export function holderOf(lex: Lexicon, code: string, titles: string, date: string | null): string | null {
  const memo = `${code}|${titles}|${date}`;
  if (holders.has(memo)) {
    const hit = holders.get(memo)!;
    holders.delete(memo);
    holders.set(memo, hit);
    return hit;
  }
  const found = roleHolder(lex.gazetteer.people(), code, titles.split("|"), date);
  holders.set(memo, found);
  if (holders.size > HOLDER_MEMO_SIZE) holders.delete(holders.keys().next().value!);
  return found;
}

/** How many answers holderOf keeps (for tests). */
export const holderMemoSize = (): number => holders.size;

/** A source noun and a speech verb follow: "(a Turkish) defence ministry source said". */
function speakerAfter(toks: readonly Tok[], from: number): boolean {
  for (let k = from; k < from + 5 && k < toks.length; k++) {
    const t = toks[k]!;
    if (SPEECH.has(t.lower)) return k > from && SOURCE.has(toks[k - 1]!.lower);
    if (!t.tags.has("Noun")) return false;
  }
  return false;
}

function titleEndsAt(toks: readonly Tok[], i: number): boolean {
  for (let k = 1; k <= 4 && i - k >= 0; k++) if (seqAt(toks, i - k, titleSeqs) === k) return true;
  return false;
}

/** Governing preposition and role of a phrase starting at token `start`. */
function roleOf(toks: readonly Tok[], start: number, headEnd: number): { prep: string | null; role: Role; at: number } {
  const after = toks[headEnd];
  let prep: string | null = null;
  let i = start - 1;
  while (i >= 0) {
    const t = toks[i]!;
    if (t.lower === "of" && i > 0 && QUANT.test(toks[i - 1]!.lower)) { i -= 2; continue; }
    // "indicate that thousands of Ukrainian troops ... are": a complementizer opens a clause
    if (t.lower === "that" && i < start - 1 && isVerb(toks[i - 1]) && !PREPS.has(toks[i + 1]!.lower)) return { prep: null, role: "subj", at: i };
    if (DETS.has(t.lower) || t.lower === "'s" || /^\d/.test(t.text) || (t.tags.has("Adjective") && !PREPS.has(t.lower)) || t.lower === "-" || QUANT.test(t.lower)) { i--; continue; }
    // "into western Russia", "by advancing Russian forces"
    if (COMPASS.has(t.lower) || (i === start - 1 && /ing$/.test(t.lower) && PREPS.has(toks[i - 1]?.lower ?? ""))) { i--; continue; }
    if (PREPS.has(t.lower) || (t.lower === "to" && !isVerb(toks[i + 1]))) prep = t.lower;
    break;
  }
  if (prep) return { prep, role: "pobj", at: i };
  const left = toks[i];
  const verbAfter = isVerb(after) || after?.tags.has("Modal") || after?.tags.has("Auxiliary") || after?.tags.has("Copula");
  if (verbAfter) return { prep: null, role: "subj", at: i };
  if (left && isVerb(left) && !SPEECH.has(left.lower)) return { prep: null, role: "obj", at: i };
  // "forces fighting Syrian troops": an -ing form tagged as a noun still takes an object
  if (left && /ing$/.test(left.lower) && !DETS.has(toks[i - 1]?.lower ?? "") && !SPEECH.has(left.lower) && !PREPS.has(left.lower)) return { prep: null, role: "obj", at: i };
  return { prep: null, role: "subj", at: i };
}

/** The governor of the noun phrase an of-phrase or a "such as" list hangs on: "negotiations with
 *  the armed forces of Brazil" -> with; "drills with its allies such as Cuba" -> with; "visited
 *  the capital of North Korea" -> the verb (object). Null when the head is not a plain noun phrase. */
function outerOf(toks: readonly Tok[], prepAt: number, prep: string): { prep: string | null; role: Role; at: number } | null {
  let i = prepAt;
  if (prep === "as" && toks[i - 1]?.lower === "such") i--;
  else if (prep !== "of" && prep !== "like" && prep !== "including") return null;
  if (/^[,–—-]$/.test(toks[i - 1]?.text ?? "")) i--;
  // the head noun phrase: at least one noun, then modifiers back to its governor
  let k = i - 1, nouns = 0;
  while (k >= 0 && i - k <= 6) {
    const t = toks[k]!;
    // "another post-Soviet state": parts of a hyphenated modifier are not verbs
    const glued = (x: Tok | undefined, y: Tok | undefined) => !!x && !!y && x.end === y.start;
    if ((toks[k + 1]?.lower === "-" && glued(t, toks[k + 1])) || (toks[k - 1]?.lower === "-" && glued(toks[k - 1], t))) { k--; continue; }
    if (PREPS.has(t.lower) || (isVerb(t) && !t.tags.has("Adjective"))) break;
    // "the occupied territory of Ukraine" is held by someone else: not Ukraine's side
    if (OCCUPATION.has(t.lower) || OCCUPATION_END.has(/-([^-]*)$/.exec(t.lower)?.[1] ?? "")) return null;
    if (t.tags.has("Noun") || t.tags.has("Plural")) nouns++;
    else if (!(DETS.has(t.lower) || /^(another|one)$/.test(t.lower) || t.lower === "'s" || t.tags.has("Adjective") || /^\d/.test(t.text) || t.lower === "-")) return null;
    k--;
  }
  if (nouns === 0 || k < 0) return null;
  const g = toks[k]!;
  if (PREPS.has(g.lower)) return { prep: g.lower, role: "pobj", at: k };
  if (isVerb(g) && !SPEECH.has(g.lower)) return { prep: null, role: "obj", at: k };
  return null;
}

export function analyse(lex: Lexicon, text: string, disc: Discourse, tag = true): Analysis {
  const toks = align(tokenize(text), text, tag);
  const quoteOpen: boolean[] = [];
  let open = false;
  for (const t of toks) { if (/^["“”]$/.test(t.text)) open = t.text === "“" ? true : t.text === "”" ? false : !open; quoteOpen.push(open); }
  const raw = mentions(lex, toks, disc, (i) => quoteOpen[i] === true || disc.speaker !== null);
  const phrases: ActorPhrase[] = [];
  const places: Place[] = [];
  const people: Member[] = [];
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r]!;
    if (m.place && !m.member) { places.push(m.place); continue; }
    const members: Member[] = m.pair ? [...m.pair] : m.member ? [m.member] : [];
    if (m.member?.personKey) people.push(m.member);
    let start = m.start, end = m.end;
    let demonym = m.kind === "demonym";
    let place = m.place;
    let closed = false;
    // Merge "Russian President Vladimir Putin", "Putin, the Russian president" and coordinations.
    while (r + 1 < raw.length) {
      const n = raw[r + 1]!;
      if (!n.member && !n.pair) break;
      const gap = toks.slice(end, n.start).map((x) => x.lower);
      const gapText = gap.join(" ");
      const titled = gap.length > 0 && seqAt(toks, end, titleSeqs) === gap.length;
      const coord = /^(,|and|or|, and|as well as|, as well as|and the|, the|, and the|or the|and other|, and other|such as|like|including|, including|-|–|and its|and his|and her)?$/.test(gapText)
        // ("... in Ukraine and accused London of": a verb in the gap starts a coordinated predicate, not a list member)
        || (gap.length <= 4 && (gap[0] === "," || gap[0] === "and") && gap.slice(1).every((w, k) => (k === gap.length - 2 && !(isVerb(toks[end + 1 + k]) && !toks[end + 1 + k]!.tags.has("Adjective"))) || DETS.has(w) || w === "leader" || w === "president"))
        || (n.member?.personKey !== null && n.member !== null && gap.length >= 2 && /^(,|and|, and|as well as|, as well as)$/.test(gap.slice(0, gap.length - titleTail(toks, n.start)).join(" ")));
      // '... against Ukraine," Pifer was quoted': a quotation mark ends the list before its speaker
      if (gap.some((w) => /^["“”]$/.test(w))) break;
      // "aid to Ukraine, as he calls for ...": a subordinating word opens a clause, not a list member
      if (gap.some((w) => /^(as|while|when|whereas|because|since|if|but|who|which|where|after|before)$/.test(w)) && !/\b(as well as|such as)\b/.test(gapText)) break;
      // "between Ukraine and Russia, Vladimir Putin has...": a list closed by "and" takes no comma member
      if (closed && gapText === ",") break;
      // "... in Ukraine, a Turkish defence ministry source said": the speaker after the clause, not a list
      if (gap[0] === "," && n.kind === "demonym" && speakerAfter(toks, n.end)) break;
      // "During his visit to North Korea, the Russian president engaged...": a new subject, not a list
      if (gapText === ", the" && n.member?.personKey && !members.some((x) => x.personKey) && members.length === 1) break;
      if (n.member?.personKey && (titled || gap.length === 0)) {
        // the person belongs to the same member: "Russian President Vladimir Putin"
        const last = members.pop();
        members.push({ ...n.member, code: last && !last.personKey ? last.code : n.member.code });
        people.push(n.member);
      } else if (coord && (n.member || n.pair)) {
        if (n.member?.personKey) people.push(n.member);
        members.push(...(n.pair ?? [n.member!]));
        if (/\b(and|or)\b/.test(gapText)) closed = true;
        if (n.kind === "demonym") demonym = true;
        if (n.place) place = n.place;
      } else break;
      end = n.end;
      r++;
    }
    const possessive = toks[end]?.lower === "'s" || toks[end]?.lower === "'" || (m.kind === "pronoun" && /^(his|her|their|our|its)$/.test(toks[m.start]!.lower));
    let headEnd = end + (possessive && /^'/.test(toks[end]?.lower ?? "") ? 1 : 0);
    if (demonym || (!possessive && (m.kind === "country" || m.kind === "capital" || m.kind === "seat" || m.kind === "organization" || m.kind === "countryref"))) {
      // "North Korean troops", "U.S. military aid": the noun the actor word modifies.
      let k = headEnd;
      const limit = Math.min(toks.length, headEnd + 3);
      while (k < limit && isNounish(toks[k]) && !/^[,;:"“”]$/.test(toks[k]!.text)) {
        const h = seqAt(toks, k, headSeqs);
        if (h > 0) { k += h; break; }
        k++;
      }
      headEnd = k;
    } else if (possessive) {
      let k = headEnd;
      while (k < Math.min(toks.length, headEnd + 4) && isNounish(toks[k])) k++;
      headEnd = k;
    }
    const { prep, role, at } = roleOf(toks, start, headEnd);
    const outer = prep ? outerOf(toks, at, prep) : null;
    const locative = prep !== null && /^(in|near|at|from|to|into|across|outside|inside|toward|towards|within|via|around|over)$/.test(prep);
    phrases.push({ members, start, end, headEnd, prep, role, possessive, place: locative && !possessive ? place : null, demonym, outer });
  }
  return { text, toks, phrases, places, people };
}
