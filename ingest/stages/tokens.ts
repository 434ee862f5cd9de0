// Word tokens with character offsets, split the way the gazetteer trie and the trigger rules
// expect: "Russia's" -> Russia + 's, "didn't" -> did + n't, "Kim Jong-un" -> Kim Jong - un,
// while "U.S." and "U.N." stay one token.
export interface Token {
  readonly text: string;
  readonly lower: string; // lowercased, curly apostrophes straightened
  readonly start: number; // offsets in the sentence text
  readonly end: number;
  readonly upper: boolean; // first character is an uppercase letter
}

const TOKEN_RE = /(?:\p{L}\.){2,}|\p{L}+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|[\p{L}\p{N}]+(?:[.,]\p{N}+)*|\S/gu;

export const normalizeWord = (s: string): string => s.toLowerCase().replace(/[’‘`]/g, "'");

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index;
    out.push({ text: t, lower: normalizeWord(t), start, end: start + t.length, upper: /^\p{Lu}/u.test(t) });
  }
  return out;
}
