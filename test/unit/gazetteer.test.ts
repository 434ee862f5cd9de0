import { describe, expect, it } from "vitest";
import { loadGazetteer, type SurfaceKind } from "../../ingest/gazetteer/index.ts";

const g = loadGazetteer();

describe("countries", () => {
  it("has every ISO 3166-1 country once, with a unique code and name", () => {
    const codes = g.countries().map((c) => c.code);
    const names = g.countries().map((c) => c.name);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(names).size).toBe(names.length);
    expect(codes.length).toBeGreaterThanOrEqual(249);
    for (const code of ["PSE", "XKX", "TWN", "PRK", "KOR", "COD", "COG", "CIV"]) expect(codes).toContain(code);
  });

  it("lets no bare two-letter code into the surface forms, except curated ones", () => {
    const curated = new Set(["UK", "UN", "EU", "AU"]);
    const twoLetter = g.surfaceForms().filter((f) => /^[A-Z]{2}$/.test(f.text) && !curated.has(f.text));
    expect(twoLetter).toEqual([]);
    expect(g.lookup("US")).toEqual([]);
    expect(g.lookup("TR")).toEqual([]);
  });
});

describe("surface forms", () => {
  const table: [string, SurfaceKind, string][] = [
    ["North Korean", "demonym", "PRK"],
    ["the Kremlin", "seat", "RUS"],
    ["Kyiv", "capital", "UKR"],
    ["Kiev", "capital", "UKR"],
    ["Pyongyang", "capital", "PRK"],
    ["Washington", "capital", "USA"],
    ["the White House", "seat", "USA"],
    ["Downing Street", "seat", "GBR"],
    ["U.S.", "country", "USA"],
    ["the United States", "country", "USA"],
    ["Turkey", "country", "TUR"],
    ["Türkiye", "country", "TUR"],
    ["Czech Republic", "country", "CZE"],
    ["DPRK", "country", "PRK"],
    ["Ivory Coast", "country", "CIV"],
    ["the Democratic Republic of the Congo", "country", "COD"],
    ["Jordan", "country", "JOR"],
    ["Georgia", "country", "GEO"],
    ["U.N. nuclear watchdog", "organization", "IAEA"],
    ["UN Security Council", "organization", "UN"],
    ["the North Atlantic Treaty Organization", "organization", "NATO"],
    ["Xi Jinping", "person", "Xi Jinping"],
    ["Kim Jong-un", "person", "Kim Jong Un"],
    ["Zelenskyy", "person", "Volodymyr Zelenskyy"],
    ["Zelensky", "person", "Volodymyr Zelenskyy"],
    ["Kursk region", "region", "Kursk region|RUS"],
    ["Kramatorsk", "city", "Kramatorsk|UKR"],
  ];
  it.each(table)("%s -> %s %s", (text, kind, key) => {
    expect(g.lookup(text)).toEqual([{ text, kind, key }]);
  });

  it("flags texts that name several countries", () => {
    expect(g.lookup("Congolese").map((f) => [f.key, f.ambiguous])).toEqual([["COD", true], ["COG", true]]);
    expect(g.lookup("Korean")).toEqual([]);
  });

  it("never lets a city shadow another form, nor keeps stop-listed city names", () => {
    for (const text of ["Jordan", "Washington", "Gaza", "Georgia"]) {
      expect(g.lookup(text).some((f) => f.kind === "city"), text).toBe(false);
    }
    for (const text of ["Nice", "Reading", "Mobile", "Police", "Of", "Man", "Victoria"]) expect(g.lookup(text), text).toEqual([]);
  });
});

describe("people and offices", () => {
  it("places Xi Jinping in China in 2024", () => {
    expect(g.personCountryAt("Xi Jinping", "2024")).toBe("CHN");
    expect(g.officeAt("Xi Jinping", "2024").map((o) => o.title)).toContain("President");
  });

  it("gives Medvedev his office at the date", () => {
    expect(g.officeAt("Dmitry Medvedev", "2025-03-01").map((o) => o.title)).toEqual(["Deputy Chairman of the Security Council"]);
    expect(g.officeAt("Dmitry Medvedev", "2010").map((o) => o.title)).toEqual(["President"]);
    expect(g.personCountryAt("Dmitry Medvedev", "2025")).toBe("RUS");
  });

  it("knows Biden was President in 2024 and out of office in 2026", () => {
    expect(g.officeAt("Joe Biden", "2024-06")).toMatchObject([{ title: "President", country: "USA" }]);
    expect(g.officeAt("Joe Biden", "2026")).toEqual([]);
    expect(g.officeAt("Joe Biden", null).every((o) => o.to !== null)).toBe(true);
  });

  it("hands an office over on the handover day", () => {
    expect(g.officeAt("Vladimir Putin", "2008-05-07").map((o) => o.title)).toEqual([]);
    expect(g.officeAt("Vladimir Putin", "2008-05-08").map((o) => o.title)).toEqual(["Prime Minister"]);
    expect(g.officeAt("Dmitry Medvedev", "2008-05-07").map((o) => o.title)).toEqual(["President"]);
    expect(g.officeAt("Vladimir Putin", "2012").map((o) => o.title)).toEqual(["President", "Prime Minister"]);
  });
});

describe("places", () => {
  it("resolves regions and cities to a country with coordinates", () => {
    expect(g.findPlace("Pyongyang")).toMatchObject({ country: "PRK", kind: "city" });
    expect(g.findPlace("Pyongyang")!.lat).toBeCloseTo(39.03, 1);
    expect(g.findPlace("Pyongyang")!.lon).toBeCloseTo(125.75, 1);
    expect(g.findPlace("Odesa")).toMatchObject({ country: "UKR" });
    expect(g.findPlace("Kramatorsk")).toMatchObject({ country: "UKR" });
    expect(g.findPlace("Kursk region")).toMatchObject({ country: "RUS", kind: "region" });
    expect(g.findPlace("Kursk")).toMatchObject({ country: "RUS" });
    expect(g.findPlace("Washington")).toMatchObject({ country: "USA" });
    expect(g.findPlace("Tripoli")).toMatchObject({ country: "LBY" });
    expect(g.findPlace("Nowhereville")).toBeUndefined();
  });
});

describe("organizations", () => {
  it("has the G7's seven members exactly", () => {
    expect([...g.membersOf("G7")].sort()).toEqual(["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]);
  });
  it.each([["NATO", 32], ["EU", 27], ["UN", 193], ["AU", 55], ["OSCE", 57], ["GCC", 6]])("%s has %i members", (key, n) => {
    expect(new Set(g.membersOf(key)).size).toBe(n);
  });
  it("knows Finland and Sweden joined NATO and Britain left the EU", () => {
    expect(g.membersOf("NATO")).toEqual(expect.arrayContaining(["FIN", "SWE"]));
    expect(g.membersOf("EU")).not.toContain("GBR");
    expect(g.membershipsOf("RUS")).toEqual(expect.arrayContaining(["UN", "SCO", "BRICS", "CSTO"]));
  });
});
