import { describe, expect, it } from "vitest";
import { normalizeWord, tokenize } from "../../ingest/stages/tokens.ts";

describe("tokenize", () => {
  // [text, tokens as "text/lower/upper"]
  const table: [string, string[]][] = [
    ["Russia's troops", ["Russia/russia/U", "'s/'s/-", "troops/troops/-"]],
    ["Kyiv didn’t", ["Kyiv/kyiv/U", "did/did/-", "n’t/n't/-"]],
    ["the U.S.-led strikes", ["the/the/-", "U.S./u.s./U", "-/-/-", "led/led/-", "strikes/strikes/-"]],
    ["Élysée and İstanbul, Łódź", ["Élysée/élysée/U", "and/and/-", "İstanbul/i̇stanbul/U", ",/,/-", "Łódź/łódź/U"]],
    ["‘Zapad’ drills at 4,500.5 km", ["‘/'/-", "Zapad/zapad/U", "’/'/-", "drills/drills/-", "at/at/-", "4,500.5/4,500.5/-", "km/km/-"]],
    ["`quoted` 9th", ["`/'/-", "quoted/quoted/-", "`/'/-", "9th/9th/-"]],
  ];
  it.each(table)("%s", (text, expected) => {
    const toks = tokenize(text);
    expect(toks.map((t) => `${t.text}/${t.lower}/${t.upper ? "U" : "-"}`)).toEqual(expected);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("gives the same tokens when called again (no state left in the regular expression)", () => {
    const text = "Putin met Kim in Pyongyang.";
    tokenize("Xi Jinping");
    expect(tokenize(text)).toEqual(tokenize(text));
    expect(tokenize(text)).toHaveLength(6);
  });
});

describe("normalizeWord", () => {
  it.each([["Kremlin’s", "kremlin's"], ["‘A’", "'a'"], ["plain", "plain"]])("%s -> %s", (word, lower) => {
    expect(normalizeWord(word)).toBe(lower);
  });
});
