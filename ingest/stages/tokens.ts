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

const CURLY = /[’‘`]/g;
const UPPER = /^\p{Lu}/u;

export const normalizeWord = (s: string): string => {
  const lower = s.toLowerCase();
  // every sentence's every word passes here: skip the replace when there is nothing to straighten
  return lower.includes("’") || lower.includes("‘") || lower.includes("`") ? lower.replace(CURLY, "'") : lower;
};

/** Whether a word starts with an uppercase letter (A-Z without a regular expression). */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const start = m.index;
    out.push({ text: t, lower: normalizeWord(t), start, end: start + t.length, upper: startsUpper(t) });
  }
  return out;
}
