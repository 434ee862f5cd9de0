// Events and entities of one document (../shared/eval/GUIDELINES.md). Synchronous and pure given
// the gazetteer: a cheap trie pass decides which sentences are worth tagging with compromise.
import { TRIGGERS, type TriggerRule } from "../rules/triggers.ts";
import { COMMENTARY } from "../rules/modality.ts";
import { PAIR_REFERENCES, PARTNER_CLASSES } from "../rules/actors.ts";
import plover from "../../schema/plover.json" with { type: "json" };
import {
  ADVANCE_GAP_WORDS, ADVANCE_OBJECT_WORDS, ALLEGATION_NOUNS, CONTENT_MODIFIERS, CONTROL_GAP_WORDS, DEMAND_SPEECH_VERBS, FIGURATIVE_HIT_OBJECTS, JOINT_CONTEXT_WORDS,
  JOINT_WORDS, MILITARY_NOUNS, PERSONAL_WORDS, THAT_CLAUSE_VERBS, UNNAMED_COUNTRY_MODIFIERS, UNNAMED_COUNTRY_NOUNS, VERBS_AFTER_TO,
  REFERENCE_HEADS,
} from "../rules/words.ts";
import type { EventPerson, ExtractedEntity, ExtractedEvent, PloverType, Sentence, SourceDocument } from "../types.ts";
import { analyse, isVerb, seqAt, SPEECH, type ActorPhrase, type Analysis, type Discourse, type Member } from "./analysis.ts";
import { findArguments, placeOfEvent, sourcelessTarget, type Args, type Hit } from "./arguments.ts";
import { eventDate } from "./dates.ts";
import { getLexicon, type Lexicon } from "./lexicon.ts";
import { pretag } from "../nlp/tagger.ts";
import { coordinatedPredicate, modalityOf } from "./modality.ts";
import { tokenize, type Token } from "./tokens.ts";

const SYMMETRIC = new Set<PloverType>(["AGREE", "CONSULT", "COOPERATE"]);
const PERSONAL = new Set(PERSONAL_WORDS);
const FIGURATIVE_HIT = new Set(FIGURATIVE_HIT_OBJECTS);
const JOINT = new Set(JOINT_WORDS);
const JOINT_CONTEXT = new Set(JOINT_CONTEXT_WORDS);
const ALLEGATION = new Set(ALLEGATION_NOUNS);
const NULL_TARGET = new Set<PloverType>(["MOBILIZE", "REQUEST"]);

interface TriggerIndex { readonly byFirst: Map<string, { seq: string[]; rule: TriggerRule }[]>; readonly companions: Map<TriggerRule, string[][]> }
let triggerIndex: TriggerIndex | null = null;
function triggers(): TriggerIndex {
  if (triggerIndex) return triggerIndex;
  const byFirst = new Map<string, { seq: string[]; rule: TriggerRule }[]>();
  const companions = new Map<TriggerRule, string[][]>();
  for (const rule of TRIGGERS) {
    for (const w of new Set(rule.words)) {
      const seq = tokenize(w).map((t) => t.lower);
      const list = byFirst.get(seq[0]!) ?? [];
      list.push({ seq, rule });
      byFirst.set(seq[0]!, list);
    }
    if (rule.with) companions.set(rule, rule.with.words.map((w) => tokenize(w).map((t) => t.lower)));
  }
  triggerIndex = { byFirst, companions };
  return triggerIndex;
}

const TIME_WORD = new Set(CONTROL_GAP_WORDS);
const AFTER_TO = new Set(VERBS_AFTER_TO);

/** The length of a plural demonym used as a noun at `k` ("three Americans", not "American sailors"), or 0. */
function bareDemonym(a: Analysis, k: number): number {
  const p = a.phrases.find((x) => x.start === k && x.demonym && x.headEnd === x.end && x.members.length === 1);
  return p && /s$/.test(a.toks[p.end - 1]!.lower) ? p.end - p.start : 0;
}

function findHits(a: Analysis): Hit[] {
  const idx = triggers();
  const hits: Hit[] = [];
  const toks = a.toks;
  for (let i = 0; i < toks.length; i++) {
    const cands = idx.byFirst.get(toks[i]!.lower);
    if (!cands) continue;
    for (const { seq, rule } of cands) {
      // "threatened today to", "agreed on Monday to": time words may stand before a control verb's "to"
      let skip = 0;
      if (rule.control && seq.length === 2 && seq[1] === "to" && toks[i]?.lower === seq[0]) {
        while (skip < 4 && TIME_WORD.has(toks[i + 1 + skip]?.lower ?? "")) skip++;
        if (toks[i + 1 + skip]?.lower !== "to") continue;
      } else if (!seq.every((w, k) => toks[i + k]?.lower === w)) continue;
      const end = i + seq.length + skip;
      const t = toks[i]!;
      // "Freedom Shield", "Partnership Treaty", "Travel": a capitalised word inside a name is no trigger
      // except the head noun ending a treaty's name: "the Comprehensive Strategic Partnership Treaty"
      const nameHead = rule.type === "AGREE" && rule.pos === "noun" && !toks[i + 1]?.upper;
      if (t.upper && i > 0 && (toks[i - 1]!.upper || toks[i + 1]?.upper) && !/^["“]$/.test(toks[i - 1]!.text) && !nameHead) continue;
      // "Russian forces fighting Ukrainian troops": an -ing form with no determiner is verbal
      if (rule.pos === "verb" && seq.length === 1 && !t.tags.has("Verb") && !(/ing$/.test(t.lower) && !/^(the|a|an|this|that|its|their|his|her|our)$/.test(toks[i - 1]?.lower ?? ""))) continue;
      if (rule.pos === "noun" && seq.length === 1 && /^(to|will|would|could|can|may|might|should|must|did|does|do|n't|not)$/.test(toks[i - 1]?.lower ?? "")) continue;
      let compStart = i, compEnd = end;
      if (rule.with) {
        const comps = idx.companions.get(rule)!;
        let found = -1, flen = 0;
        for (let k = Math.max(0, i - rule.with.window); k < Math.min(toks.length, end + rule.with.window); k++) {
          if (k >= i && k < end) continue;
          // "permission to Russia to help Israel": after an infinitive "to" the word is a verb, not the companion noun
          if (toks[k - 1]?.lower === "to" && AFTER_TO.has(toks[k]!.lower) && isVerb(toks[k])) continue;
          for (const c of comps) if (c.every((w, q) => toks[k + q]?.lower === w)) { if (found < 0 || Math.abs(k - i) < Math.abs(found - i)) { found = k; flen = c.length; } }
          // "freed three Americans": a bare plural demonym after the trigger names people of a country
          const people = rule.demonymCompanion && k >= end ? bareDemonym(a, k) : 0;
          if (people > 0 && (found < 0 || Math.abs(k - i) < Math.abs(found - i))) { found = k; flen = people; }
        }
        if (found < 0) continue;
        // an active verb takes its object after it: "expressed support for pausing US aid" pauses the
        // aid, not the support; a companion before it only for passives and compounds ("aid freeze")
        const verbal = (t.tags.has("Verb") && !t.tags.has("Noun")) || t.tags.has("Gerund");
        const passive = /^(is|are|was|were|be|been|being|has|have|had)$/.test(toks[i - 1]?.lower ?? "") || toks[end]?.lower === "by";
        if (found < i && verbal && found + flen !== i && !passive) {
          let after = -1, alen = 0;
          for (let k = end; k < Math.min(toks.length, end + rule.with.window); k++) for (const c of comps) if (after < 0 && c.every((w, q) => toks[k + q]?.lower === w)) { after = k; alen = c.length; }
          if (after < 0) continue;
          found = after; flen = alen;
        }
        compStart = found; compEnd = found + flen;
      }
      hits.push({ rule, start: i, end, compStart, compEnd });
    }
  }
  return hits;
}

/** Whether hit `o` lies in the infinitive complement of control hit `h` ("threatened to [break
 *  relations with Russia]", "urged Japan to [lift the ban]"), before any clause break. */
function inComplement(a: Analysis, h: Hit, o: Hit): boolean {
  if (o.start < h.end || o.start - h.end > 12) return false;
  let to = -1;
  for (let k = h.end - 1; k < o.start; k++) {
    if (/^(;|:|but|while|whereas|although|because|unless|if|which|who|and|,)$/.test(a.toks[k]!.lower) && to >= 0 && k > to + 1) return false;
    if (a.toks[k]!.lower === "to" && to < 0) to = k;
  }
  return to >= 0;
}

/** "pausing the supply of U.S. military aid": a noun in the of-phrase of a suspension's object is what
 *  is suspended, not an event of its own. */
function ofComplement(a: Analysis, o: Hit, h: Hit): boolean {
  if (o.rule.type !== "SANCTION" || a.toks[o.compEnd]?.lower !== "of" || h.start - o.compEnd > 5) return false;
  return a.toks.slice(o.compEnd + 1, h.start).every((t) => !isVerb(t) && !/^(,|and|or|but)$/.test(t.lower));
}

function controller(a: Analysis, h: Hit, all: readonly { h: Hit; args: unknown }[]): boolean {
  return all.some((o) => o.h !== h && o.h.rule.control && o.args && !h.rule.control && inComplement(a, o.h, h));
}

/** Cooperation named as what an agreement is about: "a free-trade pact", "a treaty of friendship and
 *  cooperation", "an agreement to increase trade". The agreement is the event. */
function agreementContent(a: Analysis, h: Hit, all: readonly Hit[]): boolean {
  return all.some((o) => {
    if (o.rule.type !== "AGREE") return false;
    const nounStart = o.compStart !== o.start ? o.compStart : o.start, nounEnd = o.compStart !== o.start ? o.compEnd : o.end;
    if (h.start < nounStart && nounStart - h.end <= 2 && a.toks.slice(h.end, nounStart).every((t) => t.lower === "-" || t.tags.has("Adjective") || t.tags.has("Noun"))) return true;
    return h.start >= nounEnd && h.start - nounEnd <= 8 && /^(of|to|on|for)$/.test(a.toks[nounEnd]?.lower ?? "");
  });
}

const CONTENT_HEADS = new Set(["THREATEN", "REQUEST"]);
const CONTENT_MODIFIER = new Set(CONTENT_MODIFIERS);
/** A noun trigger in the of-complement of a threat or demand noun: "threats of large-scale sanctions". */
function embeddedUnder(a: Analysis, h: Hit, all: readonly Hit[]): boolean {
  // "a deadline of September 2 to stop issuing strikes on Ukraine": the infinitive after a threat or
  // demand noun says what is demanded
  for (const o of all) {
    if (o === h || !CONTENT_HEADS.has(o.rule.type) || o.end > h.start || h.start - o.end > 10) continue;
    const between = a.toks.slice(o.end, h.start);
    // "its demand today that Israel ease restrictions", "demanded that Syria withdraw": the that-clause is the content
    if (o.rule.type === "REQUEST" && between.slice(0, 3).some((t) => t.lower === "that") && !between.some((t) => /^(;|:|but|while)$/.test(t.lower))) return true;
    if (o.rule.pos !== "noun") continue;
    if (between.some((t) => /^(;|:|but|while|and|,)$/.test(t.lower))) continue;
    if (between.some((t, k) => t.lower === "to" && isVerb(between[k + 1]))) return true;
  }
  let k = h.start - 1;
  while (k >= 0 && (a.toks[k]!.tags.has("Adjective") || a.toks[k]!.lower === "-" || CONTENT_MODIFIER.has(a.toks[k]!.lower))) k--;
  if (a.toks[k]?.lower !== "of") return false;
  return all.some((o) => o !== h && CONTENT_HEADS.has(o.rule.type) && o.end === k);
}

const THAT_CLAUSE = new Set(THAT_CLAUSE_VERBS);
const DEMAND_SPEECH = new Set(DEMAND_SPEECH_VERBS);

/** "<speaker> said/declared/insisted that <actor> must|should <verb>": the speaker asks it of the actor. */
function deontic(a: Analysis): { source: Member; target: Member; at: number }[] {
  const out: { source: Member; target: Member; at: number }[] = [];
  for (let i = 1; i < a.toks.length; i++) {
    if (!/^(must|should)$/.test(a.toks[i]!.lower)) continue;
    const subj = a.phrases.find((p) => p.headEnd === i && p.role === "subj" && !p.possessive);
    if (!subj) continue;
    const that = a.toks[subj.start - 1]?.lower === "that" ? subj.start - 1 : -1;
    let k = that >= 0 ? that - 1 : subj.start - 1;
    // time words between the speech verb and "that": "declared Tuesday that"
    while (k >= 0 && k > subj.start - 6 && !SPEECH.has(a.toks[k]!.lower) && !THAT_CLAUSE.has(a.toks[k]!.lower)) k--;
    if (k < 0 || !(SPEECH.has(a.toks[k]!.lower) || DEMAND_SPEECH.has(a.toks[k]!.lower))) continue;
    const speaker = [...a.phrases].reverse().find((p) => p.headEnd <= k && k - p.headEnd <= 4 && p.role === "subj" && !p.place);
    if (!speaker) continue;
    for (const src of speaker.members) for (const tgt of subj.members) if (src.code !== tgt.code) out.push({ source: src, target: tgt, at: k });
  }
  return out;
}

/** The one person of `code` the sentence names, when there is exactly one: "the North Korea-Russia
 *  treaty was signed by Putin, ... by North Korean leader Kim Jong Un" names Kim for PRK. */
function soleOf(a: Analysis, code: string | null): Member[] {
  if (!code) return [];
  const keys = new Map(a.people.filter((m) => m.code === code && m.personKey).map((m) => [m.personKey!, m] as const));
  return keys.size === 1 ? [...keys.values()] : [];
}
function withSole(found: Member[], a: Analysis, code: string | null, src: Member): Member[] {
  if (found.length > 0) return found;
  return soleOf(a, code).filter((m) => m.personKey !== src.personKey);
}

/** "Kramatorsk was subjected to hostile shelling", "a separate drone strike in the port of Odesa": a
 *  new (not definite, so not restated) nominal assault with no actor, at a place of a country that one
 *  actor of the document has been attacking, is that actor's. */
function unattributedAssault(a: Analysis, h: Hit, foes: ReadonlyMap<string, string>): Args | null {
  if (h.rule.type !== "ASSAULT" || isVerb(a.toks[h.start]) || h.rule.pos === "verb") return null;
  let k = h.start - 1;
  while (k >= 0 && (a.toks[k]!.tags.has("Adjective") || a.toks[k]!.lower === "-") && !/^(the|this|that|these|those|its|their|his|her|our)$/.test(a.toks[k]!.lower)) k--;
  if (/^(the|this|that|these|those|its|their|his|her|our|'s)$/.test(a.toks[k]?.lower ?? "")) return null;
  const place = placeOfEvent(a, h);
  if (!place?.country) return null;
  const attackers = new Set([...foes].filter(([, t]) => t === place.country).map(([s]) => s));
  if (attackers.size !== 1) return null;
  const member = (code: string): Member => ({ code, personKey: null, personName: null, resolved: true });
  return { sources: [member([...attackers][0]!)], targets: [member(place.country)], location: place, symmetricPairs: false, reciprocal: false, targetPrep: null };
}

const MILITARY = new Set(MILITARY_NOUNS);
const ADVANCE_GAP = new Set(ADVANCE_GAP_WORDS);
const ADVANCE_OBJECT = new Set(ADVANCE_OBJECT_WORDS);

/** The subject right before "advanced" is a country named bare or its armed forces. */
function advancer(a: Analysis, h: Hit): boolean {
  let k = h.start - 1;
  while (k >= 0 && ADVANCE_GAP.has(a.toks[k]!.lower)) k--;
  if (k < 0) return false;
  if (MILITARY.has(a.toks[k]!.lower)) return true;
  return a.phrases.some((p) => p.headEnd === k + 1 && p.end === k + 1 && !p.possessive && !p.demonym && !p.place);
}

/** "North Korea sent troops to Russia. The deployment is part of an ongoing support for Russian
 *  forces": a noun event naming its target but not its source restates the last event of its type
 *  against that target, one or two sentences back, and takes its source. */
function restated(a: Analysis, h: Hit, events: readonly ExtractedEvent[], index: number): Args | null {
  if (h.rule.pos !== "noun") return null;
  const targets = sourcelessTarget(a, h);
  if (targets.length === 0) return null;
  const codes = new Set(targets.map((m) => m.code));
  const prior = [...events].reverse().find((e) => e.type === h.rule.type && !e.negated && e.target && codes.has(e.target) && index - e.sentenceIndex >= 1 && index - e.sentenceIndex <= 2);
  if (!prior) return null;
  return { sources: [{ code: prior.source, personKey: null, personName: null, resolved: true }], targets: targets.filter((m) => m.code === prior.target), location: null, symmetricPairs: false, reciprocal: false, targetPrep: null };
}

/** "since Russia's 2022 invasion", "the 2014 annexation": a year modifying a noun event is its date. */
function ownYear(a: Analysis, h: Hit): string | null {
  const y = a.toks[h.start - 1]?.text ?? "";
  return !isVerb(a.toks[h.start]) && /^(19|20)\d\d$/.test(y) ? y : null;
}

const UNNAMED_NOUN = new Set(UNNAMED_COUNTRY_NOUNS);
const UNNAMED_MODIFIER = new Set(UNNAMED_COUNTRY_MODIFIERS);

/** The trigger's object is an unnamed country: "invade another country", "attack a neighbouring state". */
function indefiniteTarget(a: Analysis, h: Hit): boolean {
  let k = h.end;
  if (!/^(another|a|an|one|some)$/.test(a.toks[k]?.lower ?? "")) return false;
  k++;
  while (k < h.end + 4 && a.toks[k] && !UNNAMED_NOUN.has(a.toks[k]!.lower) && (a.toks[k]!.tags.has("Adjective") || a.toks[k]!.lower === "-" || UNNAMED_MODIFIER.has(a.toks[k]!.lower))) k++;
  return UNNAMED_NOUN.has(a.toks[k]?.lower ?? "");
}

const REFERENCE_HEAD = new Set(REFERENCE_HEADS);

function quickCandidate(lex: Lexicon, toks: readonly Token[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.lower;
    if (/^(he|she|his|her|we|our|both)$/.test(w)) return true;
    if (w === "the" && REFERENCE_HEAD.has(toks[i + 1]?.lower ?? "")) return true;
    if (lex.firstWords.has(w) && lex.match(toks, i)) return true;
  }
  return false;
}

const pairSeqs = PAIR_REFERENCES.filter((r) => !r.partners).map((r) => tokenize(r.text).map((x) => x.lower));
const partnerSeqs = PAIR_REFERENCES.filter((r) => r.partners).map((r) => tokenize(r.text).map((x) => x.lower));
/** Event types between partners: what "both allies" may refer back to. */
const PARTNER_TYPES = new Set(Object.entries(plover.types as Record<string, { quadClass: string }>).filter(([, v]) => PARTNER_CLASSES.includes(v.quadClass)).map(([k]) => k));

function hasTrigger(toks: readonly Token[]): boolean {
  const idx = triggers();
  return toks.some((t) => idx.byFirst.has(t.lower) || t.lower === "must" || t.lower === "should");
}

interface Acc {
  people: Map<string, { names: Map<string, number>; country: string; office: string | null; resolved: boolean }>;
  actors: Map<string, "Country" | "Organization">;
}

function personOf(lex: Lexicon, m: Member, date: string | null): EventPerson {
  const office = m.resolved && m.personKey ? lex.gazetteer.officeAt(m.personKey, date)[0]?.title ?? null : null;
  return { key: m.personKey!, name: m.personName ?? m.personKey!, country: m.code, office, resolved: m.resolved };
}

function speakerOf(a: Analysis, disc: Discourse): Member | null {
  // '..., Gerasimov said' / 'Gerasimov said: "...' / '," the Russian official added.'
  for (let i = 0; i < a.toks.length; i++) {
    if (!SPEECH.has(a.toks[i]!.lower)) continue;
    let best: ActorPhrase | null = null;
    for (const p of a.phrases) if (p.headEnd <= i && i - p.headEnd <= 5 && p.prep === null) best = p;
    if (!best) continue;
    const named = best.members.find((m) => m.personKey);
    if (named) return named;
    // "the Russian armed forces official added": a description of the person quoted before
    const m = best.members[0] ?? null;
    if (m && a.toks[best.start - 1]?.lower === "the" && disc.lastPerson?.code === m.code) return disc.lastPerson;
    return m;
  }
  return null;
}

export function extractEvents(doc: SourceDocument, sentences: readonly Sentence[]): { events: ExtractedEvent[]; entities: ExtractedEntity[] } {
  const lex = getLexicon();
  // a malformed published date ("121108") is no anchor: relative dates then stay unresolved
  const published = doc.published && /^\d{4}-\d{2}-\d{2}/.test(doc.published) ? doc.published.slice(0, 10) : null;
  const disc: Discourse = { lastPerson: null, countries: [], lastOrg: null, speaker: null, date: published };
  const acc: Acc = { people: new Map(), actors: new Map() };
  const events: ExtractedEvent[] = [];
  const recent: { index: number; source: string; type: PloverType; targets: string[] }[] = [];
  const foes = new Map<string, string>(); // the last country each source assaulted in this document
  let quoteOpen = false;
  // "Russian and Ukrainian delegations met ..., hosted by Turkey. The two sides agreed ...": a pair
  // reference ("the two sides", "both countries") means the two parties of the last event between two
  // countries, a few sentences back at most, rather than the last two countries named; a partner
  // word ("both allies") only the parties of a cooperative event
  let pair: { codes: string[]; index: number } | null = null;
  let partners: { codes: string[]; index: number } | null = null;
  // the sentences the loop below tags (same test), tagged in one batch: compromise's cost per call
  const tokens = new Map(sentences.map((s) => [s, tokenize(s.text)] as const));
  pretag(sentences.filter((s) => quickCandidate(lex, tokens.get(s)!) && hasTrigger(tokens.get(s)!)).map((s) => s.text));

  for (const s of sentences) {
    const toks = tokens.get(s)!;
    const quotes = toks.filter((t) => /^["“”]$/.test(t.text)).length;
    const startsQuoted = quoteOpen;
    if (!quickCandidate(lex, toks)) { if (quotes % 2 === 1) quoteOpen = !quoteOpen; continue; }
    const tag = hasTrigger(toks);
    const date = eventDate(s.text, published);
    disc.date = date ?? published;
    if (!startsQuoted) disc.speaker = null;
    const partnerRef = toks.some((_, i) => seqAt(toks, i, partnerSeqs) > 0);
    const last = partnerRef ? partners : toks.some((_, i) => seqAt(toks, i, pairSeqs) > 0) ? pair : null;
    const pairRef = last && s.index - last.index <= 4 ? last.codes : null;
    const view = (): Discourse => pairRef ? { ...disc, countries: [...disc.countries, ...pairRef] } : disc;
    let a = analyse(lex, s.text, view(), tag);
    const sp = speakerOf(a, disc);
    if (sp && quotes > 0) {
      const had = disc.speaker;
      disc.speaker = sp;
      if (!had && a.toks.some((t) => t.lower === "we" || t.lower === "our")) a = analyse(lex, s.text, view(), tag);
    }
    if (quotes % 2 === 1) quoteOpen = !quoteOpen;

    // entities
    for (const p of a.phrases) {
      if (p.place) continue;
      for (const m of p.members) addEntity(lex, acc, m);
    }
    for (const m of a.people) addEntity(lex, acc, m);

    const question = /\?\W*$/.test(s.text.trim()) || /^\s*\w+:\s/.test(s.text);
    const commentary = COMMENTARY.test(s.text);
    if (tag && !question && !commentary) {
      const seen = new Set<string>();
      const found = findHits(a).map((h) => ({ h, args: findArguments(a, h) ?? unattributedAssault(a, h, foes) ?? restated(a, h, events, s.index) }));
      for (const { h, args } of found) {
        if (!args) continue;
        // "pause in U.S. military aid": a noun that completes another event's trigger is not an event itself
        if (found.some((o) => o.args && o.args.targets.length > 0 && o.h !== h && o.h.compStart !== o.h.start && o.h.compStart <= h.start && (h.start < o.h.compEnd + (o.h.rule.type === "SANCTION" ? 3 : 0) || ofComplement(a, o.h, h)) && o.h.rule.type !== h.rule.type
          && !a.toks.slice(o.h.compEnd, h.start).some((t, k) => t.text === "," || coordinatedPredicate(a.toks, o.h.compEnd + k)))) continue;
        // "threats of sanctions on Russia", "calls for a ceasefire": the threatened or requested act is
        // the threat's content, not an event of its own
        if (embeddedUnder(a, h, found.map((o) => o.h))) continue;
        // "troops arrived in Sierra Leone" is a deployment, not a visit: an arrival visits only with a named person
        if (h.rule.type === "CONSULT" && /^arriv/.test(a.toks[h.start]!.lower) && !args.sources.some((m) => m.personKey)) continue;
        if (h.rule.type === "COOPERATE" && agreementContent(a, h, found.map((o) => o.h))) continue;
        // "establishing close personal relations between the two leaders": ties between people, not states
        if (h.compStart !== h.start && PERSONAL.has(a.toks[h.compStart - 1]?.lower ?? "")) continue;
        // "hit a record", "hit a snag": figurative
        if (h.rule.type === "ASSAULT" && /^hit/.test(a.toks[h.start]!.lower) && a.toks.slice(h.end, h.end + 3).some((t) => FIGURATIVE_HIT.has(t.lower))) continue;
        // "advanced the deadline", "advanced weapons": a transitive or adjectival "advanced" is no advance;
        // "Israeli stocks advanced", "Chile's economy advanced": only a country or its forces advance
        if (h.rule.id === "assault.advance" && !advancer(a, h)) continue;
        if (h.rule.id === "assault.advance" && (ADVANCE_OBJECT.has(a.toks[h.end]?.lower ?? "") || (a.toks[h.end] && !isVerb(a.toks[h.end]) && (a.toks[h.end]!.tags.has("Noun") || a.toks[h.end]!.tags.has("Adjective"))))) continue;
        // "Russia and China held joint drills", "drills with Laos": cooperation, not a show of force
        if (h.rule.id === "mobilize.exercise" && (new Set(args.sources.map((m) => m.code)).size >= 2
          || a.toks.slice(Math.max(0, h.start - 6), h.start).some((t) => JOINT.has(t.lower))
          || found.some((o) => o.h !== h && o.h.start === h.start && o.args && o.args.targets.length > 0 && o.h.rule.type === "COOPERATE")
          // "hold drills in Australia": hosted by another country, not a show of force against it
          || (args.targets.length === 0 && !!args.location?.country && !args.sources.some((m) => m.code === args.location!.country)))) continue;
        const ctl = controller(a, h, found);
        if (ctl) continue;
        const personal = h.rule.personal && args.sources.length > 0 && args.sources.every((m) => m.personKey) && args.targets.length > 0 && args.targets.every((m) => m.personKey);
        const rule = h.rule.into && args.targetPrep === "into" ? { ...h.rule, type: h.rule.into[0], subtype: h.rule.into[1] }
          : personal ? { ...h.rule, type: h.rule.personal![0], subtype: h.rule.personal![1] } : h.rule;
        const mod = modalityOf(a.toks, h.start, false);
        let targets = args.targets.map((m) => m.code);
        if (h.rule.control) {
          // the complement's own target is the better one: "agreed to lift sanctions on Iran"
          const inner = found.find((o) => o.h !== h && !o.h.rule.control && o.args && o.args.targets.length > 0 && inComplement(a, h, o.h));
          if (inner && (targets.length === 0 || args.targetPrep !== null)) targets = inner.args!.targets.map((m) => m.code);
        }
        let targetPeople = args.targets;
        const sources = args.sources;
        // "Seoul and Washington will hold joint drills" names both partners already
        const joint = h.rule.jointContext === true && new Set(args.sources.map((m) => m.code)).size === 1 && a.toks.slice(Math.max(0, h.start - 6), h.start).some((t) => JOINT_CONTEXT.has(t.lower));
        // "France condemned the invasion of Ukraine", "condemned Russia's strikes on Kyiv": the victim of
        // a criticised act is not the one criticised; its doer is (or, unnamed, the doer found below)
        if ((rule.type === "ACCUSE" || rule.type === "PROTEST") && isVerb(a.toks[h.start]) && targets.length > 0) {
          const ref = found.find((o) => o.h !== h && o.h.rule.type !== rule.type && !isVerb(a.toks[o.h.start]) && o.h.start >= h.end && o.h.start - h.end <= 4
            && !a.phrases.some((p) => p.start >= h.end && p.start < o.h.start && !p.possessive)
            && !a.toks.slice(h.end, o.h.start).some((t) => isVerb(t) || /^(of|for|over|,)$/.test(t.lower)));
          const patients = new Set(ref?.args?.targets.map((m) => m.code) ?? []);
          const doers = new Set(ref?.args?.sources.map((m) => m.code) ?? []);
          const own = new Set(sources.map((m) => m.code));
          if (ref && (!ref.args || (targets.every((c) => patients.has(c)) && !targets.some((c) => doers.has(c))))) targets = [...doers].filter((c) => !own.has(c));
        }
        // "despite North Korea's condemnation of the drills": criticism of an event named earlier in
        // the sentence targets that event's actors
        if (targets.length === 0 && (rule.type === "ACCUSE" || rule.type === "PROTEST") && /^(of|over|against)$/.test(a.toks[h.end]?.lower ?? "")) {
          const ref = found.find((o) => o.h.start > h.end && o.h.start - h.end <= 3 && o.h.rule.type !== rule.type);
          const antecedent = ref ? events.filter((e) => e.sentenceIndex === s.index && e.type === ref.h.rule.type) : [];
          const codes = new Set(sources.map((m) => m.code));
          targets = [...new Set(antecedent.flatMap((e) => [e.source, e.target ?? ""]))].filter((c) => c && !codes.has(c));
        }
        // "Russia fired a missile at Dnipro. ... Zelensky condemned the attack": a definite noun event
        // with no actors of its own, the object of the criticism, is the last such event of the last
        // three sentences
        if (targets.length === 0 && (rule.type === "ACCUSE" || rule.type === "PROTEST") && /^(of|over|against|the|this|that|these|those)$/.test(a.toks[h.end]?.lower ?? "")) {
          const ref = found.find((o) => (!o.args || o.args.targets.length === 0) && o.h.rule.type !== rule.type
            && /^(the|this|that|these|those)$/.test(a.toks[o.h.start - 1]?.lower ?? "") && o.h.start > h.end && o.h.start - h.end <= 3);
          const prior = ref ? events.filter((e) => e.type === ref.h.rule.type && !e.negated && e.target && s.index - e.sentenceIndex >= 1 && s.index - e.sentenceIndex <= 3) : [];
          const last = prior.length > 0 ? prior[prior.length - 1]!.sentenceIndex : -1;
          const codes = new Set(sources.map((m) => m.code));
          // a directed event is criticised in its doer; an agreement in all its parties
          targets = [...new Set(prior.filter((e) => e.sentenceIndex === last).flatMap((e) => SYMMETRIC.has(e.type) ? [e.source, e.target!] : [e.source]))].filter((c) => !codes.has(c));
        }
        if (targets.length === 0 && (h.rule.contextTarget || joint)) {
          // "We are entering negotiations with Brazil, Vietnam and Cuba. ... We are going to conduct joint
          // exercises": every partner of the last such sentence
          const family = (t: PloverType) => t === rule.type || (SYMMETRIC.has(rule.type) ? SYMMETRIC.has(t) : t === "AID" || t === "SANCTION");
          const ok = recent.filter((r) => sources.some((m) => m.code === r.source || r.targets.includes(m.code)) && r.targets.length > 0 && family(r.type) && s.index - r.index <= 8);
          const last = ok[ok.length - 1];
          if (last) {
            const codes = new Set(sources.map((m) => m.code));
            targets = [...new Set(ok.filter((r) => r.index === last.index).flatMap((r) => [r.source, ...r.targets]))].filter((c) => !codes.has(c));
            targetPeople = [];
          }
        }
        // "since Russia's 2022 invasion", "Russian drones struck civilian areas": an assault
        // with no target named is aimed at the source's adversary in this document
        // a verb only with an armed subject: "eight Russian drones had struck civilian areas" (not "Israel hit back at critics")
        const armed = !isVerb(a.toks[h.start]) || h.rule.id === "assault.advance" || a.toks.slice(Math.max(0, h.start - 4), h.start).some((t) => MILITARY.has(t.lower));
        if (targets.length === 0 && rule.type === "ASSAULT" && armed && !indefiniteTarget(a, h)) {
          const foe = new Set(sources.map((m) => foes.get(m.code)).filter((c): c is string => !!c));
          if (foe.size === 1) targets = [...foe];
        }
        // "Washington paused its military aid, ... Ukraine said": a suspension with no recipient named
        // is of the one other country the sentence names
        if (targets.length === 0 && h.rule.id === "sanction.suspend") {
          const codes = new Set(sources.map((m) => m.code));
          const others = new Set(a.phrases.filter((p) => !p.place).flatMap((p) => p.members.map((m) => m.code)).filter((c) => !codes.has(c) && lex.gazetteer.country(c)));
          if (others.size === 1) targets = [...others];
        }
        // "Britain dismissed the allegations": the rejected accusation is the last one made against the source
        if (targets.length === 0 && rule.type === "REJECT" && ALLEGATION.has(a.toks[h.compStart]?.lower ?? "")) {
          const codes = new Set(sources.map((m) => m.code));
          const accusation = [...events].reverse().find((e) => e.type === "ACCUSE" && e.target && codes.has(e.target) && s.index - e.sentenceIndex <= 5);
          if (accusation) targets = [accusation.source];
        }
        const pairs: [Member, string | null, Member | null][] = [];
        // "accusing each other", "Chad and Sudan traded fire": every party against every other
        if ((args.reciprocal || (h.rule.mutual && sources.length >= 2)) && targets.length === 0) {
          for (const x of sources) for (const y of sources) if (x.code !== y.code) pairs.push([x, y.code, y]);
        } else if (targets.length === 0 && SYMMETRIC.has(rule.type) && args.symmetricPairs) {
          for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) pairs.push([sources[i]!, sources[j]!.code, sources[j]!]);
        } else {
          for (const src of sources) {
            if (targets.length === 0) pairs.push([src, null, null]);
            for (const t of targets) pairs.push([src, t, null]);
          }
          // "Chadian troops traded fire with Sudanese forces": the other side fired back
          if (h.rule.mutual) for (const t of targets) for (const src of sources) pairs.push([args.targets.find((m) => m.code === t) ?? { code: t, personKey: null, personName: null, resolved: true }, src.code, src]);
        }
        for (const [src, tgt, partner] of pairs) {
          if (src.code === tgt) continue;
          // an event with no target is kept only where the guidelines expect none (weapons tests, alerts)
          // "ambitions to target another nation": an unnamed country is named as the target, so null
          if (tgt === null && !NULL_TARGET.has(rule.type) && !indefiniteTarget(a, h)) continue;
          // "deployed troops to Russia": the trigger's targeted reading wins over its bare show of force
          if (tgt === null && found.some((o) => o.h !== h && o.h.start === h.start && o.args && o.args.targets.length > 0)) continue;
          const [ka, kb] = SYMMETRIC.has(rule.type) && tgt !== null && tgt < src.code ? [tgt, src.code] : [src.code, tgt];
          const key = `${rule.type}|${ka}|${kb}|${mod.negated}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const ev: ExtractedEvent = {
            sentence: s.text, type: rule.type, subtype: rule.subtype, source: src.code, target: tgt,
            negated: mod.negated, uncertain: mod.uncertain && !mod.negated, date: ownYear(a, h) ?? date, location: args.location?.name ?? null,
            sourcePeople: src.personKey ? [personOf(lex, src, date)] : soleOf(a, src.code).map((m) => personOf(lex, m, date)),
            targetPeople: withSole((partner ? [partner] : targetPeople).filter((m) => m.code === tgt && m.personKey), a, tgt, src).map((m) => personOf(lex, m, date)),
            sentenceIndex: s.index, start: s.start, end: s.end,
          };
          events.push(ev);
          recent.push({ index: s.index, source: src.code, type: rule.type, targets: tgt ? [tgt] : [] });
        }
      }
    }
    // "Russia said on Tuesday that Sudan must return the helicopter": a demand of the speaker on
    // the that-clause subject
    if (tag && !question && !commentary) {
      for (const d of deontic(a)) {
        const mod = modalityOf(a.toks, d.at, false);
        const key = `REQUEST|${d.source.code}|${d.target.code}|${mod.negated}`;
        if (events.some((e) => e.sentenceIndex === s.index && `${e.type}|${e.source}|${e.target}|${e.negated}` === key)) continue;
        events.push({
          sentence: s.text, type: "REQUEST", subtype: "demand", source: d.source.code, target: d.target.code,
          negated: mod.negated, uncertain: false, date, location: null,
          sourcePeople: d.source.personKey ? [personOf(lex, d.source, date)] : [],
          targetPeople: d.target.personKey ? [personOf(lex, d.target, date)] : [],
          sentenceIndex: s.index, start: s.start, end: s.end,
        });
      }
    }
    for (const e of events) if (e.sentenceIndex === s.index && e.type === "ASSAULT" && e.target && !e.negated && !e.uncertain && lex.gazetteer.country(e.target)) foes.set(e.source, e.target);
    // adversaries for "the enemy"
    for (const e of events) if (e.sentenceIndex === s.index && e.target && !e.negated && (e.type === "ASSAULT" || e.type === "COERCE" || e.type === "THREATEN")) {
      disc.opponents ??= new Map();
      disc.opponents.set(e.source, e.target);
      if (!disc.opponents.has(e.target) || e.type === "ASSAULT") disc.opponents.set(e.target, e.source);
    }
    // discourse state for the next sentences
    const duo = events.find((e) => e.sentenceIndex === s.index && e.target && !e.negated && lex.gazetteer.country(e.source) && lex.gazetteer.country(e.target));
    if (duo) pair = { codes: [duo.source, duo.target!], index: s.index };
    const allied = events.find((e) => e.sentenceIndex === s.index && e.target && !e.negated && PARTNER_TYPES.has(e.type) && lex.gazetteer.country(e.source) && lex.gazetteer.country(e.target));
    if (allied) partners = { codes: [allied.source, allied.target!], index: s.index };
    const group = a.phrases.find((p) => p.role === "subj" && !p.place && new Set(p.members.map((m) => m.code)).size >= 2);
    if (group) disc.lastGroup = group.members;
    else if (a.phrases.some((p) => p.role === "subj" && !p.place && p.members.length > 0 && !p.demonym)) disc.lastGroup = null;
    for (const p of a.phrases) {
      if (p.place) continue;
      for (const m of p.members) {
        if (m.personKey) disc.lastPerson = m;
        if (lex.gazetteer.country(m.code)) disc.countries.push(m.code);
        else disc.lastOrg = m.code;
      }
    }
    if (sp && quoteOpen) disc.speaker = sp;
  }
  return { events, entities: entitiesOf(acc) };
}

function addEntity(lex: Lexicon, acc: Acc, m: Member): void {
  if (m.personKey) {
    const e = acc.people.get(m.personKey) ?? { names: new Map<string, number>(), country: m.code, office: null, resolved: m.resolved };
    const name = m.personName ?? m.personKey;
    // "the North Korean leader" describes the holder: no written name of theirs
    const described = /\b(president|leader|premier|chancellor|prime|minister)$/i.test(name);
    if (name.includes(" ") && !described) e.names.set(name, (e.names.get(name) ?? 0) + 1);
    acc.people.set(m.personKey, e);
  }
  if (lex.gazetteer.country(m.code)) acc.actors.set(m.code, "Country");
  else if (lex.gazetteer.organization(m.code)) acc.actors.set(m.code, "Organization");
}

function entitiesOf(acc: Acc): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  for (const [key, kind] of acc.actors) out.push({ key, kind, name: key });
  for (const [key, p] of acc.people) {
    // people are keyed by their full name as most often written in the document
    const written = [...p.names].sort((x, y) => y[1] - x[1])[0]?.[0];
    out.push({ key: written ?? key, kind: "Person", name: written ?? key, country: p.country, office: p.office, resolved: p.resolved });
  }
  return out;
}
