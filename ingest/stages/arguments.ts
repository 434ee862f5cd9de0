// Source and target of a trigger from the actor phrases around it, by the clues its rule gives
// (see ../rules/triggers.ts): the subject or a possessive/demonym modifier is the source, the
// object or an actor after one of the rule's prepositions the target; passives swap them.
import type { TriggerRule } from "../rules/triggers.ts";
import { isVerb, SPEECH, type ActorPhrase, type Analysis, type Member, type Place } from "./analysis.ts";
import { coordinatedPredicate } from "./modality.ts";
import { ARRIVAL_VERBS, COLLECTIVE_NOUNS, INSTITUTION_NOUNS, MEDIATION_PARTICIPLES, TARGET_KEEPING_AFTER_TO, TOPIC_VERB_ENDINGS, TOPIC_VERB_STEMS, ULTIMATUM_MODIFIERS, VICTIM_VERBS } from "../rules/words.ts";

export interface Hit {
  readonly rule: TriggerRule;
  readonly start: number; // trigger tokens
  readonly end: number;
  readonly compStart: number; // companion word (the `with` of the rule), or the trigger again
  readonly compEnd: number;
}

export interface Args {
  readonly sources: readonly Member[];
  readonly targets: readonly Member[];
  readonly location: Place | null;
  readonly symmetricPairs: boolean;
  /** "accusing each other": every source against every other. */
  readonly reciprocal: boolean;
  readonly targetPrep: string | null;
}

const PREPS_OK = new Set(TARGET_KEEPING_AFTER_TO);
const MEDIATION = new Set(MEDIATION_PARTICIPLES);
const ULTIMATUM_MODIFIER = new Set(ULTIMATUM_MODIFIERS);
const INSTITUTION = new Set(INSTITUTION_NOUNS);
const COLLECTIVE = new Set(COLLECTIVE_NOUNS);
const ARRIVAL = new Set(ARRIVAL_VERBS);
const VICTIM = new Set(VICTIM_VERBS);
const BE = /^(is|are|was|were|be|been|being|get|got|gets|remains?)$/;
const CLAUSE_BREAK = /^(;|:|but|while|whereas|although|though|because|unless|if|whether|since|—|–|\(|\))$/;

function isPassive(a: Analysis, h: Hit): boolean {
  const t = a.toks[h.start]!;
  if (!/ed$|en$|wn$|ck$|ht$|ruck$|hit$|shot$|cut$|sent$|put$/.test(t.lower) && !t.tags.has("Passive")) return false;
  if (a.toks[h.end]?.lower === "by") return true;
  for (let k = h.start - 1; k >= Math.max(0, h.start - 3); k--) {
    const w = a.toks[k]!.lower;
    if (BE.test(w)) return true;
    if (!/ly$|^(already|also|nearly|almost|reportedly|not|n't|just|then|now|recently|since|being)$/.test(w)) break;
  }
  // reduced relative: "troops surrounded by Russian forces"
  if (a.toks[h.end]?.lower === "by" || a.toks[h.end + 1]?.lower === "by") return true;
  const victims = a.phrases.find((p) => p.headEnd === h.start);
  if (!victims) return false;
  // "there were 10 Chadian soldiers killed in ...": an existential names the victims
  let k = victims.start - 1;
  while (k > 0 && /^(\d.*|some|many|several|dozens|hundreds|thousands|of|at|least|about|around|more|than|over)$/.test(a.toks[k]!.lower)) k--;
  if (BE.test(a.toks[k]?.lower ?? "") && a.toks[k - 1]?.lower === "there") return true;
  // "two Kenyan soldiers killed in the blast": a victim verb with no object after it
  return VICTIM.has(t.lower) && /^(in|at|near|during|on|when|after|while|,|\.)$/.test(a.toks[h.end]?.lower ?? ".");
}


/** The phrase right before a noun, inside its noun phrase: "Russia's invasion", "U.S. military aid". */
function npModifier(a: Analysis, at: number): ActorPhrase | null {
  for (const p of a.phrases) {
    if (p.end > at || p.headEnd < at - 0) continue;
    if (p.headEnd >= at && p.end <= at) {
      // every token between the phrase and the noun must be a modifier
      let ok = true;
      for (let k = p.end; k < at; k++) {
        const t = a.toks[k]!;
        if (!(t.lower === "'s" || t.lower === "'" || t.lower === "-" || t.tags.has("Adjective") || t.tags.has("Noun") || /^\d/.test(t.text)) || isVerb(t)) { ok = false; break; }
      }
      if (ok) return p;
    }
  }
  return null;
}

function hasBarePronoun(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!/^(i|you|we)$/.test(a.toks[k]!.lower)) continue;
    if (!a.phrases.some((p) => p.start <= k && k < p.end)) return true;
  }
  return false;
}

/** A noun trigger that is the subject or a prepositional object takes no clause subject as its
 *  source ("the partnership with X could be a response"); the object of a (light) verb does
 *  ("held talks with X", "engaged in discussions with X", "launched an offensive"). */
/** "its second largest army in NATO after the United States, could ...": "after"/"before" at `k`
 *  governs a noun phrase with no verb of its own, so it opens no clause. */
function prepositional(a: Analysis, k: number): boolean {
  const w = a.toks[k]!.lower;
  if (w !== "after" && w !== "before") return false;
  const q = a.phrases.find((p) => p.prep === w && p.start > k && p.start - k <= 2);
  if (!q) return false;
  const next = a.toks[q.headEnd];
  return !next || (!isVerb(next) && !next.tags.has("Modal") && !next.tags.has("Auxiliary") && !next.tags.has("Copula"));
}

/** Verbs whose object is a topic, not the subject's own act: "discussed the invasion of Ukraine",
 *  "debated the sanctions on Russia", "praised the peace deal with Colombia", "accused each other of
 *  violating the truce" (breaching an agreement is no agreeing). */
const TOPIC = new RegExp(`^(${TOPIC_VERB_STEMS.join("|")})(${TOPIC_VERB_ENDINGS.join("|")})?$`);

function governedByVerb(a: Analysis, at: number): boolean {
  let k = at - 1;
  while (k >= 0) {
    const t = a.toks[k]!;
    if (isVerb(t) && !t.tags.has("Adjective")) return !TOPIC.test(t.lower);
    // "a series of joint naval and air force exercises"
    if ((t.lower === "and" || t.lower === ",") && k > 0 && (a.toks[k - 1]!.tags.has("Adjective") || a.toks[k - 1]!.tags.has("Noun")) && !isVerb(a.toks[k - 1])) { k--; continue; }
    if (t.lower === "of" && COLLECTIVE.has(a.toks[k - 1]?.lower ?? "")) { k -= 2; continue; }
    if (/^(the|a|an|its|their|his|her|our|this|that|these|those|new|more|further|fresh|first|joint|'s|-)$/.test(t.lower) || /^\d/.test(t.text) || ((t.tags.has("Adjective") || t.tags.has("Noun")) && !/^(of|in|on|at|for|with|to|from|by|amid|after|despite|following|during)$/.test(t.lower))) { k--; continue; }
    break;
  }
  const g = a.toks[k];
  if (!g) return false;
  if (isVerb(g)) return !TOPIC.test(g.lower);
  // "engaged in discussions", "took part in talks"
  // "engaged in discussions", "took part in talks", "speeded up the withdrawal"
  return /^(in|into|to|up|out|off|down)$/.test(g.lower) && isVerb(a.toks[k - 1]);
}

function subjectBefore(a: Analysis, at: number, exclude: ReadonlySet<ActorPhrase>): ActorPhrase | null {
  let best: ActorPhrase | null = null;
  for (const p of a.phrases) {
    // "A court in Guyana has issued ...", "Authorities in Minsk arrested ...": a state institution in a country or its capital acts for it
    const institution = p.prep === "in" && INSTITUTION.has(a.toks[p.start - 2]?.lower ?? "")
      && (p.start - 2 === 0 || /^(a|an|the)$/.test(a.toks[p.start - 3]?.lower ?? ""));
    if (p.headEnd > at || exclude.has(p) || (p.place && !institution)) continue;
    // reduced relatives and participles right after their noun: "Russian forces fighting ...", "troops who crossed"
    const gap = a.toks.slice(p.headEnd, at).map((t) => t.lower);
    const adjacent = (gap.length <= 2 && gap.every((w) => /^(who|which|that|,|have|has|had|were|was|are|is|be|been|being|now|also|then|reportedly|recently|already|would|will|could|may|might|can|should)$/.test(w)))
      // "its plan to improve relations", "Russia's decision to send troops": the possessor acts
      || (p.possessive && gap.length === 1 && gap[0] === "to");
    // "Russia expelled two British diplomats, accusing them of spying": a participle after a comma
    // belongs to the clause's subject, not to the object before it
    if (adjacent && p.role !== "subj" && gap.includes(",") && !gap.some((w) => /^(who|which|that)$/.test(w))) continue;
    // "The move comes as Ukraine and Western experts claim that ...": "as" opens a clause whose subject it is
    const asClause = p.prep === "as" && gap.length <= 4 && a.toks.slice(p.headEnd, at).every((t) => !isVerb(t));
    if (p.role !== "subj" && !adjacent && !asClause && !institution) continue;
    // a clause break or "that" between the subject and the trigger closes the search
    let blocked = false;
    for (let k = p.headEnd; k < at; k++) {
      const w = a.toks[k]!.lower;
      if (CLAUSE_BREAK.test(w) || (w === "that" && k > p.headEnd && !adjacent)) { blocked = true; break; }
      if ((w === "as" || w === "when" || w === "after" || w === "before") && k > p.headEnd && !prepositional(a, k)) { blocked = true; break; }
    }
    if (blocked) continue;
    if (at - p.headEnd > 22) continue;
    // "..., I agree with": a pronoun no phrase stands for is the subject, not the phrase before it
    if (hasBarePronoun(a, p.headEnd, at)) continue;
    best = p;
  }
  return best;
}

function after(a: Analysis, from: number, rule: TriggerRule, allowObject: boolean, strict = false): ActorPhrase | null {
  const preps = new Set(rule.targetPreps ?? []);
  for (const p of a.phrases) {
    if (p.start < from) continue;
    if (p.start - from > 9) break;
    const between = a.toks.slice(from, p.start).map((t) => t.lower);
    if (between.some((w, k) => /^(;|:|but|while|whereas|although|because|unless|if|which|who|as)$/.test(w) && !(w === "as" && between[k - 1] === "such"))) break;
    if (between.some((w, k) => SPEECH.has(w) && k > 0)) break;
    // "fired missiles into the sea, South Korea's military said": the attribution's speaker is no target
    if (between.length > 0 && inAttribution(a, p.start, p.headEnd)) break;
    // "refused to extradite the suspects and asked Sweden for guarantees": Sweden is the second predicate's
    if (between.some((w, k) => w === "and" && coordinatedPredicate(a.toks, from + k))) break;
    // a new predicate in between: "deadline ... to stop issuing strikes on Ukraine"
    if (!rule.control && a.toks.slice(from, p.start).some((t, k) => k > 0 && t.lower === "to" && isVerb(a.toks[from + k + 1]) && !PREPS_OK.has(a.toks[from + k + 1]!.lower))) break;
    if (p.role === "obj" && allowObject && between.length <= 4) return p;
    // "condemned a visit by Iranian officials": criticism of an act is aimed at its doer
    if (allowObject && (rule.type === "ACCUSE" || rule.type === "PROTEST") && p.prep === "by" && between.length <= 6 && !a.toks.slice(from, p.start).some(isVerb)) return p;
    // "sought to purchase Russian advanced jets": a demonym right after the verb modifies its object,
    // whatever role the tagger gave it
    if (allowObject && p.demonym && p.start === from && p.prep === null) return p;
    // the complement's first actor: "threatened to break relations with Russia"
    if (rule.control && between[0] !== "that" && !(p.role === "subj" && p.prep === null && !p.possessive) && p.prep !== "from" && p.prep !== "by") return p;
    // "demanded that the rebels end their attacks on Mali": past the that-clause subject, no target
    if ((rule.control || rule.type === "REQUEST") && between[0] === "that" && !(p.role === "subj" && p.prep === null && between.length <= 3)) break;
    // "demanded Friday that the United States match ...": the that-clause subject of a demand
    if (rule.type === "REQUEST" && p.role === "subj" && between[between.length - 1] === "that") return p;
    // "claimed that Russian forces used ...": the that-clause subject is who the claim is about
    if (rule.thatSubject && p.role === "subj" && between.length <= 3 && !a.toks.slice(from, p.start).some(isVerb)) return p;
    if (p.prep && preps.has(p.prep)) return p;
    // "negotiations with the armed forces of Brazil", "visited the capital of North Korea"
    if (p.outer && p.outer.at >= from && p.outer.prep && preps.has(p.outer.prep)) return p;
    if (p.outer && p.outer.role === "obj" && allowObject && p.outer.at >= from - 1 && p.outer.at - from <= 1) return p;
    // "to help X", "on X's behalf", "to assist the country"
    if (!strict && between.some((w) => preps.has(w)) && (p.possessive || p.prep === null || p.role === "obj")) return p;
    if (p.role === "subj" && p.prep === null && !p.possessive) break;
  }
  return null;
}

/** Tokens from `from` to `to` outside parentheses: "took off yesterday (July 27) and arrived in". */
function unbracketed(a: Analysis, from: number, to: number): number {
  let n = 0, depth = 0;
  for (let k = from; k < to; k++) {
    const w = a.toks[k]!.text;
    if (w === "(") depth++;
    else if (w === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) n++;
  }
  return n;
}

const LOCATIVE = /^(in|at|near|into|inside|outside|to|toward|towards|across|around|over|reaching|of|,)$/;
const phraseText = (a: Analysis, p: ActorPhrase): string => a.text.slice(a.toks[p.start]!.start, a.toks[p.end - 1]!.end);

/** Where the event happened: the most specific place in a locative phrase of the trigger's clause
 *  ("struck targets in Kharkiv", "troops in Russia's Kursk region"), the destination of movement
 *  ("flights to Pyongyang"), else a country after in/into ("sent troops into Ukraine"). A place
 *  after "from" is an origin, not the location. */
function placeOf(a: Analysis, start: number, right: number, movement: boolean, target: ActorPhrase | null): Place | null {
  const cands: { place: Place; score: number }[] = [];
  const clauseEnd = (() => { for (let k = right; k < a.toks.length; k++) if (/^(;|but|while|whereas|although|because)$/.test(a.toks[k]!.lower) || coordinatedPredicate(a.toks, k)) return k; return a.toks.length; })();
  const consider = (place: Place, specific: boolean) => {
    if (place.start >= clauseEnd || inAttribution(a, place.start, place.end)) return;
    let k = place.start - 1;
    const MOD = /^(the|'s|eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|city|port|town|village|capital|region|province|of|second-largest|largest|-)$/;
    for (let pass = 0; pass < 2; pass++) {
      while (k >= 0 && MOD.test(a.toks[k]!.lower) && !(a.toks[k]!.lower === "of" && k < place.start - 1 && !/^(region|province|city|town)$/.test(a.toks[k - 1]?.lower ?? ""))) k--;
      // over a possessor: "in Ukraine's northeastern region of Sumy", "from Russia's Kursk region"
      const owner = a.phrases.find((p) => p.end === k + 1 && a.toks[p.end]?.lower === "'s");
      if (!owner) break;
      k = owner.start - 1;
    }
    // "Ukraine's second-largest city, Kharkiv", "the region of Sumy"
    const gov = a.toks[k]?.lower ?? "";
    const possessor = a.phrases.find((p) => p.possessive && p.headEnd >= place.start && p.end <= place.start);
    if (gov === "from") return;
    // "protested to Beijing and demanded the release ...": a place before an earlier coordinated
    // predicate is that predicate's recipient or goal; only "in"/"at"/"near" place both predicates
    if (place.end <= start && !/^(in|at|near)$/.test(gov) && a.toks.slice(place.end, start).some((_, j) => coordinatedPredicate(a.toks, place.end + j))) return;
    const d = place.start >= right ? place.start - right : start - place.end;
    if (d > (place.start >= right ? 25 : 14)) return;
    const locative = LOCATIVE.test(gov) || !!possessor || a.toks[place.start - 1]?.text === ",";
    cands.push({ place, score: (specific ? 0 : 100) + (place.city ? 0 : 10) + (locative ? 0 : 50) + (place.start >= right ? d : d + 5) });
  };
  for (const p of a.places) consider(p, true);
  for (const p of a.phrases) {
    if (p.place) { consider(p.place, true); continue; }
    if (p.possessive || p.members.length !== 1 || p.start < right || p.start - right > 10) continue;
    const country = p.members[0]!.code;
    if (p.prep && (/^(in|into|inside|across)$/.test(p.prep) || (movement && p.prep === "to" && p === target))) {
      cands.push({ place: { name: phraseText(a, p), country, start: p.start, end: p.end }, score: 200 + p.start - right });
    } else if (movement && p === target && p.outer?.role === "obj") {
      // "visited the capital of North Korea"
      const from = p.outer.at + 1;
      cands.push({ place: { name: a.text.slice(a.toks[from]!.start, a.toks[p.end - 1]!.end), country, start: from, end: p.end }, score: 200 + p.start - right });
    }
  }
  cands.sort((x, y) => x.score - y.score);
  return cands[0]?.place ?? null;
}

/** "an anti-Syria journalist", "pro-Russian separatists": a stance toward a country, not the country acting. */
function stance(a: Analysis, p: ActorPhrase): boolean {
  return a.toks[p.start - 1]?.text === "-" && /^(anti|pro)$/.test(a.toks[p.start - 2]?.lower ?? "");
}

/** "..., relief officials in Nairobi said": a place in the attribution is where the news came from. */
function inAttribution(a: Analysis, start: number, end: number): boolean {
  for (let k = end; k < Math.min(a.toks.length, end + 3); k++) if (SPEECH.has(a.toks[k]!.lower)) {
    for (let j = start - 1; j >= Math.max(0, start - 5); j--) if (a.toks[j]!.text === ",") return true;
  }
  return false;
}

/** The target of a noun trigger that names no source: "an ongoing support for Russian forces". */
export function sourcelessTarget(a: Analysis, h: Hit): readonly Member[] {
  if (isVerb(a.toks[h.start]) || a.phrases.some((p) => p.headEnd === h.start || (p.end <= h.start && h.start - p.end <= 1 && p.possessive))) return [];
  return after(a, Math.max(h.end, h.compEnd), h.rule, false, true)?.members ?? [];
}

/** Where an event with no actor named happened: "a separate drone strike in the port of Odesa". */
export function placeOfEvent(a: Analysis, h: Hit): Place | null {
  return placeOf(a, h.start, Math.max(h.end, h.compEnd), false, null);
}

export function findArguments(full: Analysis, h: Hit): Args | null {
  const a: Analysis = full.phrases.some((p) => stance(full, p)) ? { ...full, phrases: full.phrases.filter((p) => !stance(full, p)) } : full;
  const rule = h.rule;
  const trig = a.toks[h.start]!;
  // "no intention of sending soldiers": an -ing form without a determiner is verbal whatever its tag
  const prevDet = /^(the|a|an|this|that|its|their|his|her|'s|our)$/.test(a.toks[h.start - 1]?.lower ?? "");
  const gerund = /ing$/.test(trig.lower) && !prevDet && h.end - h.start === 1;
  const nounTrigger = (!isVerb(trig) && !gerund) || trig.tags.has("Gerund") && a.toks[h.start - 1]?.lower === "the";
  const left = Math.min(h.start, h.compStart);
  const right = Math.max(h.end, h.compEnd);
  let source: ActorPhrase | null = null;
  let target: ActorPhrase | null = null;
  const used = new Set<ActorPhrase>();

  if (rule.actorThen) {
    const obj = a.phrases.find((p) => p.start >= h.end && p.start - h.end <= 1 && p.prep === null && !p.possessive && !p.place && rule.actorThen!.includes(a.toks[p.headEnd]?.lower ?? ""));
    const subj = obj ? subjectBefore(a, h.start, new Set([obj])) : null;
    if (!obj || !subj || subj.members.length === 0) return null;
    return { sources: subj.members, targets: obj.members, location: null, symmetricPairs: false, reciprocal: false, targetPrep: null };
  }
  const passive = !nounTrigger && isPassive(a, h);
  // companion noun modifiers: "expelled two British diplomats" (target), "pause in U.S. aid" (source)
  const compMod = h.compStart !== h.start ? npModifier(a, h.compStart) : null;
  const trigMod = nounTrigger ? npModifier(a, h.start) : null;

  if (rule.inverse) {
    target = subjectBefore(a, left, used);
    // "Faced with opposition from the USA, France and the UK, Putin must ..."
    if (!target) target = a.phrases.find((p) => p.start > right && p.role === "subj" && p.prep === null && p.start - right <= 20 && !/^(from|by|of)$/.test(a.toks[p.start - 1]?.lower ?? "")) ?? null;
    if (target) used.add(target);
    source = after(a, right, { ...rule, targetPreps: ["from", "by", "of"] }, false, true);
    if (!source) {
      // "faced criticism from global figures, including Prime Minister Keir Starmer"
      for (const p of a.phrases) if (p.start >= right && p.start - right <= 12 && p.members.some((m) => m.personKey) && p !== target) { source = p; break; }
    }
  } else if (passive) {
    const by = a.phrases.find((p) => p.prep === "by" && p.start >= h.end && p.start - h.end <= 4);
    // "held talks hosted by Qatar": a participle right after a noun no actor phrase holds modifies
    // that noun, which is what is hosted; the clause's subject is not
    const prev = a.toks[h.start - 1];
    if (MEDIATION.has(trig.lower) && prev && prev.tags.has("Noun") && !a.phrases.some((p) => p.start < h.start && h.start <= p.headEnd)) return null;
    source = by ?? (compMod && !rule.companionTarget ? compMod : null);
    target = subjectBefore(a, h.start, new Set(source ? [source] : []));
    if (target === source) target = null;
  } else {
    if (trigMod) source = trigMod;
    else if (compMod && !rule.companionTarget && compMod.start < h.start + 12) source = compMod;
    if (!source && nounTrigger) {
      // "the pause in aid, proposed by US President Donald Trump"
      const by = a.phrases.find((p) => p.prep === "by" && p.start >= h.end && (p.start - h.end <= 4 || (p.start - h.end <= 8 && /ed$/.test(a.toks[p.start - 2]?.lower ?? ""))));
      if (by && !MEDIATION.has(a.toks[by.start - 2]?.lower ?? "")) source = by;
    }
    // "talks between Serbia and Hungary", "the deployment of Kenyan police", "a shipment of wheat from Ukraine"
    if (!source && nounTrigger) {
      const pp = a.phrases.find((p) => p.start >= right && p.start - right <= 4 && p.prep !== null && (
        (p.prep === "between" && p.members.length >= 2) || (p.prep === "of" && rule.ofSource === true) || (p.prep === "from" && rule.fromSource === true)));
      if (pp) source = pp;
      // "mediated a truce between Israel and Hamas": the parties are named after "between"; where only
      // one is an actor the event has no second actor party, and the subject is none of them
      else if (a.phrases.some((p) => p.start >= right && p.start - right <= 4 && p.prep === "between" && p.members.length === 1)) return null;
    }
    const infinitive = /^(to|will|would|could|can|may|might|should|must)$/.test(a.toks[h.start - 1]?.lower ?? "");
    if (!source && (!nounTrigger || infinitive || governedByVerb(a, left))) source = subjectBefore(a, left, used);
    if (source) used.add(source);
    if (rule.companionTarget && compMod && compMod !== source) target = compMod;
    // "expel the leaders of Syria's opposition party", "released two nationals of Ghana"
    if (rule.companionTarget && !target && h.compStart !== h.start && a.toks[h.compEnd]?.lower === "of") {
      const owner = a.phrases.find((p) => p.prep === "of" && p.start > h.compEnd && p.start - h.compEnd <= 2 && p !== source);
      if (owner) target = owner;
    }
    // "freed three Americans": a bare demonym companion is the people of its country
    if (rule.companionTarget && !target && h.compStart !== h.start) {
      const people = a.phrases.find((p) => p.start === h.compStart && p.demonym && p.headEnd === p.end && p !== source);
      if (people) target = people;
    }
    if (!target) {
      // "the pause in aid to Kenya, ordered by Denmark": a by-source after the trigger leaves the target before it
      const from = source && source.start >= right && source.prep !== "by" ? source.end : right;
      let t = after(a, from, rule, rule.object === true && !nounTrigger);
      if (t && t === source) t = after(a, source.end, rule, false);
      if (t && t !== source) target = t;
    }
    // a noun trigger after its verb's first object: "had given Putin a deadline", "handed Iran an ultimatum"
    if (!target && nounTrigger) {
      const io = a.phrases.find((p) => p.role === "obj" && p !== source && p.headEnd <= h.start && h.start - p.headEnd <= 3
        && a.toks.slice(p.headEnd, h.start).every((t) => ULTIMATUM_MODIFIER.has(t.lower) || t.tags.has("Adjective")));
      if (io) target = io;
    }
    // ditransitive: "gave Sri Lanka a loan", "had given Putin a deadline"
    if (!target && h.compStart > h.start) {
      const io = a.phrases.find((p) => p.start >= h.end && p.end <= h.compStart && p.role === "obj");
      if (io) target = io;
    }
    if (!target && h.compStart < h.start) {
      const io = a.phrases.find((p) => p.start > h.compEnd && p.end <= h.start && p.role === "obj" && p !== source);
      if (io) target = io;
    }
  }
  // "Ukraine's military has been working to repel Russian attacks": a nominal attack with its own
  // source, the object of a verb, is aimed at that verb's subject
  if (!target && nounTrigger && source && trigMod === source && rule.type === "ASSAULT" && governedByVerb(a, h.start)) {
    const subj = subjectBefore(a, source.start, new Set([source]));
    if (subj && !subj.members.some((m) => source!.members.some((x) => x.code === m.code))) target = subj;
  }
  // "Biden has rejected sending contractors, those close to him say": an actor's own side is no target
  const selfTarget = !!target && !!source && target.members.every((m) => source!.members.some((x) => x.code === m.code));
  if (selfTarget) target = null;
  if (!source || source.members.length === 0) return null;

  let location: Place | null = null;
  if (target?.place) location = target.place;
  if (target?.possessive) {
    const pl = a.places.find((p) => p.start >= target!.end && p.start - target!.end <= 4);
    if (pl) location = pl;
  }
  // a capital used as a place ("flights to Pyongyang") names the country for movement rules
  let targets: Member[] = target ? [...target.members] : [];
  // ("recalled its envoy from Tehran", "rejected a proposal from Moscow": a person or thing that
  // comes from a capital comes from its state, so the capital stays the actor)
  const fromState = target?.prep === "from" && rule.companionTarget === true && h.compStart !== h.start;
  if (target?.place && !rule.movement && target.prep !== null && /^(in|near|at|from)$/.test(target.prep) && !fromState) targets = [];
  if (targets.length === 0 && rule.movement) {
    const dest = a.places.find((p) => p.start >= right && p.start - right <= 8 && p.country && /^(to|into|in|reaching|arrived)$/.test(a.toks[p.start - 1]?.lower ?? ""));
    const cap = a.phrases.find((p) => p.place && p.start >= right && p.start - right <= 12 && /^(to|into|reaching|in)$/.test(a.toks[p.start - 1]?.lower ?? ""));
    if (cap) { targets = [...cap.members]; location = cap.place; }
    else if (dest) { targets = [{ code: dest.country!, personKey: null, personName: null, resolved: true }]; location = dest; }
    else {
      // "The flight ... departed from Moscow, reaching Pyongyang eight hours later", "... and arrived in Pyongyang"
      const arrival = a.phrases.find((p) => p.start >= right && unbracketed(a, right, p.start) <= 22 && p.members.length === 1 && !p.possessive
        && (a.toks[p.start - 1]?.lower === "reaching" || (a.toks[p.start - 1]?.lower === "in" && ARRIVAL.has(a.toks[p.start - 2]?.lower ?? "")))
        && !source.members.some((m) => m.code === p.members[0]!.code));
      if (arrival) { targets = [...arrival.members]; location = { name: phraseText(a, arrival), country: arrival.members[0]!.code, start: arrival.start, end: arrival.end }; }
    }
  }
  if (!location || location.country === location.name) location = placeOf(a, h.start, right, rule.movement === true, target) ?? location;
  if (targets.length === 0 && rule.placeTarget && !selfTarget) {
    const srcCodes = new Set(source.members.map((m) => m.code));
    const loc = location && location.country && !srcCodes.has(location.country) && !inAttribution(a, location.start, location.end) ? location.country : null;
    const locPhrase = a.phrases.find((p) => p.prep && /^(in|into|near|across)$/.test(p.prep) && p.start > h.start && p.start - h.end <= 10 && !p.members.some((m) => srcCodes.has(m.code)) && !inAttribution(a, p.start, p.end));
    if (locPhrase) targets = [...locPhrase.members];
    else if (loc) targets = [{ code: loc, personKey: null, personName: null, resolved: true }];
  }
  const reciprocal = a.toks[right]?.lower === "each" && a.toks[right + 1]?.lower === "other" || a.toks[right]?.lower === "one" && a.toks[right + 1]?.lower === "another";
  return { sources: source.members, targets, location, symmetricPairs: !target && source.members.length >= 2 && (source.role === "subj" || source.prep === "between" || source.prep === "by" || (source.end === h.start && a.toks.slice(source.start, source.end).some((t) => t.text === "-"))), reciprocal, targetPrep: target?.prep ?? null };
}
