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
    if (STOP.test(w) && !(w === "and" && i === start - 1) && !inNp) {
      // "if", "unless", "whether" open a conditional clause: they are cues and boundaries
      break;
    }
    if (/^(if|unless|whether)$/.test(w)) { uncertain = true; break; }
  }
  return { negated, uncertain };
}
