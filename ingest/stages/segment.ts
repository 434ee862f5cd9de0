// Sentence segmentation with exact character offsets. Line breaks always end a sentence (so
// headlines and bullet lines stand alone); inside a line, a sentence ends at . ! ? or … (plus any
// closing quotes or brackets) followed by whitespace and something that can start a sentence.
import type { Sentence } from "../types.ts";

// "Gen. Syrskyi", "Mr. Putin", "Jan. 5", "St. Petersburg": never end a sentence.
const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
  "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "st", "ste",
  "mt", "ft", "sr", "jr", "messrs", "mme", "mlle", "supt", "insp", "det", "fr", "sec", "atty",
]);
const MONTHS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
// "approx. 300", "vs. Russia", "e.g. China": abbreviations that rarely end a sentence.
const INLINE = new Set(["vs", "approx", "cf", "eg", "ie", "al", "fig", "est", "dept", "univ", "assn"]);
// "No. 5", "Art. 5", "Vol. 2", "p. 12": abbreviations followed by a number.
const BEFORE_NUMBER = new Set(["no", "nos", "art", "vol", "p", "pp", "ch", "sec", "para", "op"]);
// After an acronym with dots ("U.S.", "U.N."), a sentence starts only with a word like these:
// "sanctions imposed by the U.S. The move..." splits, "the U.S. State Department" does not.
const STARTERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you",
  "his", "her", "its", "their", "our", "but", "and", "however", "in", "on", "at", "as", "after",
  "before", "meanwhile", "earlier", "later", "there", "if", "when", "while", "since", "some",
  "many", "both", "for", "last", "yesterday", "today", "what", "why", "how", "who", "officials",
]);

const TERMINATOR = /[.!?…]/;
const CLOSERS = /["'”’»)\]]/;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
// Something that can begin a sentence: an uppercase letter, digit or opening quote/bracket.
const OPENER = /["'“‘«(\[\p{Lu}\p{N}]/u;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** The word (letters and inner dots) just before position `dot`, e.g. "U.S" or "Gen". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number): string {
  const m = /^["'“‘«(\[]*([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m?.[1] ?? "";
}

/** Whether the period at `dot` is part of an abbreviation or initial rather than a full stop. */
function isAbbreviation(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (word === "") return false;
  const lower = word.toLowerCase();
  const following = nextWord(text, next);
  if (TITLES.has(lower) || INLINE.has(lower)) return true;
  if (MONTHS.has(lower) && /^\d/.test(following)) return true; // "Jan. 5"
  if (BEFORE_NUMBER.has(lower) && /^\d/.test(following)) return true; // "No. 5"
  if (/^\p{Lu}$/u.test(word)) return true; // "Donald J. Trump"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S", "e.g", "a.m": an acronym with dots ends a sentence only before a typical starter.
    return !STARTERS.has(following.toLowerCase()) || following === "";
  }
  return false;
}

/** Splits one line (no line breaks inside) into sentences, as [start, end) pairs relative to it. */
function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (!TERMINATOR.test(line[i]!)) continue;
    let end = i + 1;
    while (end < line.length && TERMINATOR.test(line[end]!)) end++; // "?!", "..."
    while (end < line.length && CLOSERS.test(line[end]!)) end++; // ‘... sovereignty.” The move’
    if (end >= line.length || !/\s/.test(line[end]!)) {
      i = end - 1;
      continue; // "4.5 km", "U.S.-led", "Kyiv.”,"
    }
    let next = end;
    while (next < line.length && /\s/.test(line[next]!)) next++;
    if (next >= line.length) break;
    const single = line[i] === "." && end - i === 1;
    if (!OPENER.test(line[next]!) || (single && isAbbreviation(line, i, next))) {
      i = end - 1;
      continue;
    }
    spans.push([start, end]);
    start = next;
    i = next - 1;
  }
  spans.push([start, line.length]);
  return spans;
}

// A "sentence" longer than this (a table, a list or text without punctuation) is cut at the last
// clause or word boundary before the limit, so that no stage downstream sees an unbounded string.
export const MAX_SENTENCE = 1500;

function capLength(line: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let [a, b] of spans) {
    while (b - a > MAX_SENTENCE) {
      const window = line.slice(a, a + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "));
      const space = window.lastIndexOf(" ");
      const at = cut > MAX_SENTENCE / 2 ? cut + 1 : space > 0 ? space : MAX_SENTENCE;
      out.push([a, a + at]);
      a += at;
    }
    out.push([a, b]);
  }
  return out;
}

const FINAL_PUNCTUATION = /[.!?…:;]["'”’»)\]]*$/;

/** Splits a document's text into sentences; `text.slice(s.start, s.end) === s.text` for each. */
export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split(LINE_BREAK)) {
    const spans = capLength(line, splitLine(line));
    for (let k = 0; k < spans.length; k++) {
      const [a, b] = spans[k]!;
      const raw = line.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!HAS_CONTENT.test(body)) continue;
      const start = offset + a + lead;
      const last = k === spans.length - 1;
      sentences.push({
        index: sentences.length,
        text: body,
        start,
        end: start + body.length,
        headline: last && !FINAL_PUNCTUATION.test(body),
      });
    }
    // Advance past this line and the break that followed it ("\r\n" is two characters).
    const after = offset + line.length;
    offset = after + (text.startsWith("\r\n", after) ? 2 : after < text.length ? 1 : 0);
  }
  return sentences;
}
