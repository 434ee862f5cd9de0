// One spelling-insensitive key for place names: "Kramators’k", "Kramatorsk" and "KRAMATORSK"
// meet; "Zaporizhzhia" and "Zaporizhia" do not (city-stoplist.json aliases cover those).
const ASCII = /^[\x20-\x7e]*$/;

export function placeKeyOf(name: string): string {
  const base = ASCII.test(name) ? name : name.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’`ʼ‘]/g, "");
  return base.replace(/'/g, "").replace(/^the\s+/i, "").replace(/[\s-]+/g, " ").trim().toLowerCase();
}

/** The GeoNames name as news writes it: soft-sign apostrophes dropped ("Luhans’k" -> "Luhansk"). */
export function newsSpelling(name: string): string {
  return ASCII.test(name) ? name : name.replace(/[’`ʼ]/g, "");
}
