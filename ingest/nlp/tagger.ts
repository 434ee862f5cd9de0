// The only importer of compromise for tagging. It returns part-of-speech spans (this project's
// type, never a compromise View) for a sentence, with the gazetteer's names frozen so that the
// contextual tagger cannot turn "Xi Jinping" into a verb or "NATO" into an #Actor title.
//
// Speed: compromise tags each sentence on its own (its post-tagger even splits at commas), but a
// call to nlp() has a fixed cost that, on news sentences, is about a third of the tagging. So a
// document's sentences are tagged in one call (`pretag`), each parsed by compromise's own
// tokenizer exactly as nlp(text) would, and the spans are kept for `posTag` to hand out.
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

interface RawTerm { text: string; pre: string; post: string; tags: Set<string> }
interface RawView { document: RawTerm[][]; compute(hooks: string[]): unknown }
interface World { hooks: string[] }
type Parse = (text: string, world: World) => RawTerm[][];
type ViewClass = new (document: RawTerm[][]) => RawView;

const world = nlp.world() as unknown as World;
const parse = (nlp.methods() as unknown as { one: { tokenize: { fromString: Parse } } }).one.tokenize.fromString;
const View = (nlp.tokenize("") as unknown as { constructor: ViewClass }).constructor;
// Every hook nlp() runs, except the chunker: it only sets term.chunk, which nothing here reads.
const HOOKS = world.hooks.filter((h) => h !== "chunks");
// Sentences per nlp call: large enough to spread its fixed cost, small enough to bound memory.
const BATCH = 64;

/** Tags several texts at once: the same tags as tagging each alone, at a lower cost per text. */
export function posTagMany(texts: readonly string[]): PosSpan[][] {
  const out: PosSpan[][] = [];
  for (let b = 0; b < texts.length; b += BATCH) {
    const parsed = texts.slice(b, b + BATCH).map((t) => parse(t, world));
    const doc = new View(parsed.flat());
    doc.compute(HOOKS);
    // contractions may splice terms into a sentence: read the sentences back from the view
    const tagged = doc.document;
    let k = 0;
    for (const sentences of parsed) {
      const spans: PosSpan[] = [];
      // character offsets as compromise's compute("offset") counts them, relative to this text
      let elapsed = 0;
      for (let s = 0; s < sentences.length; s++, k++) {
        for (const term of tagged[k]!) {
          const start = elapsed + term.pre.length;
          spans.push({ start, end: start + term.text.length, tags: term.tags });
          elapsed += term.pre.length + term.text.length + term.post.length;
        }
      }
      out.push(spans);
    }
  }
  return out;
}

// The spans of the document being read: replaced by each `pretag`, so memory stays per document.
let ready = new Map<string, PosSpan[]>();

/** Tags, in one batch, the sentences of a document that will be asked for by `posTag`. */
export function pretag(texts: readonly string[]): void {
  const distinct = [...new Set(texts)];
  const spans = posTagMany(distinct);
  ready = new Map(distinct.map((t, i) => [t, spans[i]!]));
}

export function posTag(text: string): PosSpan[] {
  return ready.get(text) ?? posTagMany([text])[0]!;
}
