// Spellings of place names. GeoNames writes "Kramators’k", "Kandahār", "Ţūlkarm"; news writes
// "Kramatorsk", "Kandahar", "Tulkarm". Variants that differ by more than marks ("Zaporizhia" for
// "Zaporizhzhia") are curated aliases in city-stoplist.json.
const ASCII = /^[\x20-\x7e]*$/;
const LETTERS: Record<string, string> = {
  ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ı: "i", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", þ: "th", ð: "d",
};

const DROPPED = /^[\p{M}’‘`ʼʻʿʾ]$/u;
// Folding char by char, memoized: 25k city names at start-up, from ~1,000 distinct characters.
const folded = new Map<string, string>();
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    f = LETTERS[c] ?? [...c.normalize("NFD")].filter((d) => !DROPPED.test(d)).join("");
    folded.set(c, f);
  }
  return f;
}

/** The name in plain Latin letters: marks, soft-sign apostrophes and ayn/hamza quotes dropped. */
export function foldName(name: string): string {
  if (ASCII.test(name)) return name;
  let out = "";
  for (const c of name) out += c.charCodeAt(0) < 128 ? c : foldChar(c);
  return out;
}

/** One spelling-insensitive key: "Kramators’k", "Kramatorsk" and "the KRAMATORSK" meet. */
export function placeKeyOf(name: string): string {
  let key = foldName(name).toLowerCase();
  if (key.startsWith("the ")) key = key.slice(4);
  return /['\s-]/.test(key) ? key.replace(/'/g, "").replace(/[\s-]+/g, " ").trim() : key;
}
