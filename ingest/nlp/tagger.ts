// The only importer of compromise for tagging. It returns part-of-speech spans (this project's
// type, never a compromise View) for a sentence, with the gazetteer's names frozen so that the
// contextual tagger cannot turn "Xi Jinping" into a verb or "NATO" into an #Actor title.
import nlp from "compromise";

export interface PosSpan {
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
}

let frozen = false;

/** Freezes names once per process: `words` maps a lowercased name to a compromise tag. */
export function freezeLexicon(words: Readonly<Record<string, string>>): void {
  if (frozen) return;
  frozen = true;
  nlp.addWords({ ...words }, true);
}

interface RawTerm { text: string; pre: string; post: string; tags: Set<string>; offset?: { start: number; length: number } }

export function posTag(text: string): PosSpan[] {
  const doc = nlp(text);
  doc.compute("offset");
  const out: PosSpan[] = [];
  for (const sentence of doc.document as RawTerm[][]) {
    for (const term of sentence) {
      if (!term.offset) continue;
      out.push({ start: term.offset.start, end: term.offset.start + term.offset.length, tags: term.tags });
    }
  }
  return out;
}
