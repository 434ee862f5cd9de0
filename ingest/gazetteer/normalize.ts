// Spellings of place names. GeoNames writes "Kramators’k", "Kandahār", "Ţūlkarm"; news writes
// "Kramatorsk", "Kandahar", "Tulkarm". Variants that differ by more than marks ("Zaporizhia" for
// "Zaporizhzhia") are curated aliases in city-stoplist.json.
const ASCII = /^[\x20-\x7e]*$/;
const LETTERS: Record<string, string> = {
  ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ı: "i", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", þ: "th", ð: "d",
};

/** The name in plain Latin letters: marks, soft-sign apostrophes and ayn/hamza quotes dropped. */
export function foldName(name: string): string {
  if (ASCII.test(name)) return name;
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`ʼʻʿʾ]/g, "")
    .replace(/[łŁøØđĐıßæÆœŒþð]/g, (c) => LETTERS[c] ?? c)
    .normalize("NFC");
}

/** One spelling-insensitive key: "Kramators’k", "Kramatorsk" and "the KRAMATORSK" meet. */
export function placeKeyOf(name: string): string {
  return foldName(name).replace(/'/g, "").replace(/^the\s+/i, "").replace(/[\s-]+/g, " ").trim().toLowerCase();
}
