// Negation and uncertainty of a trigger from the cues before it in its clause
// (../rules/modality.ts). "Seoul's spy agency said North Korea sent troops" is certain.
import { NEGATION_CUES, UNCERTAIN_CUES } from "../rules/modality.ts";
import type { Tok } from "./analysis.ts";
import { seqAt } from "./analysis.ts";
import { tokenize } from "./tokens.ts";

const neg = NEGATION_CUES.map((c) => tokenize(c).map((t) => t.lower));
const unc = UNCERTAIN_CUES.map((c) => tokenize(c).map((t) => t.lower));
// A clause boundary stops the look-back; a subordinator is itself a cue when listed.
const STOP = /^(;|:|,|but|and|while|whereas|although|though|because|as|after|before|since|which|who|that|said|says|—|–|\(|")$/;

/** A finite verb: "asked", "accuses" (not "invade" after "will not attack and"). */
const finite = (t: Tok | undefined): boolean =>
  !!t && t.tags.has("Verb") && !t.tags.has("Noun") && !t.tags.has("Adjective") && !t.tags.has("Gerund") && !t.tags.has("Infinitive")
  && (t.tags.has("PastTense") || t.tags.has("PresentTense"));

/** "and" at `k` opens a second predicate of the same subject: "denied sending weapons ... and
 *  accused London", "would not meet the target and asked for flexibility". Adverbs may stand
 *  between ("and later asked"). A base form shares the first conjunct's auxiliary ("will not
 *  attack and invade") and is no new predicate. */
export function coordinatedPredicate(toks: readonly Tok[], k: number): boolean {
  if (toks[k]?.lower !== "and") return false;
  let j = k + 1;
  while (j < k + 3 && /^(also|later|then|subsequently|separately|instead|again)$|ly$/.test(toks[j]?.lower ?? "") && !finite(toks[j])) j++;
  return finite(toks[j]);
}

export interface Modality { readonly negated: boolean; readonly uncertain: boolean }

export function modalityOf(toks: readonly Tok[], start: number, sentenceIsQuestion: boolean): Modality {
  let negated = false, uncertain = sentenceIsQuestion;
  const from = Math.max(0, start - 12);
  for (let i = start - 1; i >= from; i--) {
    const w = toks[i]!.lower;
    const n = seqAt(toks, i, neg);
    if (n > 1 || (n === 1 && (w !== "no" || i >= start - 2))) negated = true;
    if (seqAt(toks, i, unc) > 0) uncertain = true;
    // "going to conduct joint naval and air force exercises": "and" inside a noun phrase is no boundary
    const inNp = (w === "and" || w === ",") && i > 0 && [toks[i - 1]!, toks[i + 1]].every((t) => !!t && (t.tags.has("Adjective") || t.tags.has("Noun")) && !t.tags.has("Verb") && !t.tags.has("Pronoun"));
    if (STOP.test(w) && !(w === "and" && i === start - 1 && !coordinatedPredicate(toks, i)) && !inNp) {
      // "if", "unless", "whether" open a conditional clause: they are cues and boundaries
      break;
    }
    if (/^(if|unless|whether)$/.test(w)) { uncertain = true; break; }
  }
  return { negated, uncertain };
}
