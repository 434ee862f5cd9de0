// The gazetteer as a token trie (longest match), built once per process, plus the frozen
// compromise lexicon made from the same names so that tagging never breaks a name apart.
import { loadGazetteer, type Gazetteer, type SurfaceKind } from "../gazetteer/index.ts";
import { freezeLexicon } from "../nlp/tagger.ts";
import { EXACT_FORMS } from "../rules/actors.ts";
import { tokenize, type Token } from "./tokens.ts";

export interface Entry {
  readonly kind: SurfaceKind;
  readonly key: string;
  readonly ambiguous: boolean;
  /** The surface form starts with a capital letter: the text must too. */
  readonly cased: boolean;
  /** Only this exact spelling: "US" is the country, "us" a pronoun. */
  readonly exact?: string;
}

interface Node {
  readonly next: Map<string, Node>;
  entries: Entry[];
}

export interface Lexicon {
  readonly gazetteer: Gazetteer;
  /** Longest gazetteer match starting at token i: [end (exclusive), entries]. */
  match(tokens: readonly Token[], i: number): { end: number; entries: readonly Entry[] } | null;
  /** Lowercased first tokens of every form: a cheap test for "could this sentence name an actor". */
  readonly firstWords: ReadonlySet<string>;
}

const RANK: Record<SurfaceKind, number> = { country: 0, organization: 1, person: 2, seat: 3, capital: 4, demonym: 5, region: 6, city: 7 };
const COMPROMISE_TAG: Partial<Record<SurfaceKind, string>> = {
  country: "Country", organization: "Organization", person: "Person", capital: "City", seat: "Place", demonym: "Demonym", region: "Region",
};
// Lowercase words that are forms of a name but must not be frozen as one ("the", "us").
const FREEZE_SKIP = /^(the|a|an|of|and|us|it|in|on|at|to|is|was)$/;

let cached: Lexicon | null = null;

export function getLexicon(): Lexicon {
  if (cached) return cached;
  const gazetteer = loadGazetteer();
  const root: Node = { next: new Map(), entries: [] };
  const firstWords = new Set<string>();
  const frozen: Record<string, string> = {};
  for (const form of gazetteer.surfaceForms()) {
    const toks = tokenize(form.text);
    if (toks.length === 0) continue;
    // "the Kremlin" and "Kremlin": the article is optional in text.
    const variants = toks.length > 1 && toks[0]!.lower === "the" ? [toks, toks.slice(1)] : [toks];
    for (const v of variants) {
      let node = root;
      for (const t of v) {
        let n = node.next.get(t.lower);
        if (!n) { n = { next: new Map(), entries: [] }; node.next.set(t.lower, n); }
        node = n;
      }
      const entry: Entry = { kind: form.kind, key: form.key, ambiguous: form.ambiguous === true, cased: v[0]!.upper };
      if (!node.entries.some((e) => e.kind === entry.kind && e.key === entry.key)) node.entries.push(entry);
      node.entries.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
      firstWords.add(v[0]!.lower);
    }
    const tag = COMPROMISE_TAG[form.kind];
    if (tag && form.kind !== "city" && /^\p{Lu}/u.test(form.text) && !FREEZE_SKIP.test(form.text.toLowerCase())) frozen[form.text.toLowerCase()] = tag;
  }
  for (const f of EXACT_FORMS) {
    const n: Node = root.next.get(f.text.toLowerCase()) ?? { next: new Map(), entries: [] };
    root.next.set(f.text.toLowerCase(), n);
    n.entries.push({ kind: f.kind, key: f.key, ambiguous: false, cased: true, exact: f.text });
    firstWords.add(f.text.toLowerCase());
  }
  freezeLexicon(frozen);

  const match = (tokens: readonly Token[], i: number) => {
    let node: Node | undefined = root;
    let best: { end: number; entries: readonly Entry[] } | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!.lower);
      if (node && node.entries.length > 0) {
        const ok = node.entries.filter((e) => (!e.cased || tokens[i]!.upper) && (!e.exact || (j === i && tokens[i]!.text === e.exact)));
        if (ok.length > 0) best = { end: j + 1, entries: ok };
      }
    }
    return best;
  };
  cached = { gazetteer, match, firstWords };
  return cached;
}
