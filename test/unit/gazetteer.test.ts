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
    // nor surnames that are common words
    for (const text of ["Ban", "Store", "Struck", "Tenet", "Major", "May", "Brown"]) expect(g.lookup(text), text).toEqual([]);
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

describe("office holders at a date", () => {
  // [person, date, country, office title held then (or null: none)]
  const table: [string, string, string | null, string | null][] = [
    ["Vladimir Putin", "2024-06-19", "RUS", "President"],
    ["Vladimir Putin", "1999-10", "RUS", "Prime Minister"],
    ["Boris Yeltsin", "1995", "RUS", "President"],
    ["Oleksandr Syrskyi", "2024-03", "UKR", "Commander-in-Chief of the Armed Forces"],
    ["Oleksandr Syrskyi", "2023", "UKR", "Commander of the Ground Forces"],
    ["Valery Gerasimov", "2025-07-27", "RUS", "Chief of the General Staff"],
    ["Sergei Shoigu", "2023", "RUS", "Defence Minister"],
    ["Sergei Shoigu", "2025", "RUS", "Secretary of the Security Council"],
    ["Andrei Belousov", "2024-06", "RUS", "Defence Minister"],
    ["Keir Starmer", "2024-07-05", "GBR", "Prime Minister"],
    ["Keir Starmer", "2024-07-04", null, null],
    ["Donald Trump", "2018", "USA", "President"],
    ["Donald Trump", "2025-07", "USA", "President"],
    ["Kim Jong Un", "2024-06-19", "PRK", "Supreme Leader"],
    ["Mark Rutte", "2025", "NATO", "Secretary-General"],
    ["Mark Rutte", "2020", "NLD", "Prime Minister"],
    ["Rafael Grossi", "2025", "IAEA", "Director General"],
    ["Ursula von der Leyen", "2025", "EU", "President of the European Commission"],
    ["António Guterres", "2024", "UN", "Secretary-General"],
    ["Yasser Arafat", "2000", "PSE", "President of the Palestinian Authority"],
    ["Hosni Mubarak", "1995", "EGY", "President"],
    ["Ehud Olmert", "2008", "ISR", "Prime Minister"],
    ["Narendra Modi", "2024", "IND", "Prime Minister"],
  ];
  it.each(table)("%s on %s: %s %s", (person, date, country, title) => {
    const held = g.officeAt(person, date);
    if (title === null) expect(held).toEqual([]);
    else expect(held.map((o) => [o.country, o.title])).toContainEqual([country, title]);
  });

  it("codes a former office holder by the country of their last office", () => {
    expect(g.officeAt("Donald Trump", "2022")).toEqual([]);
    expect(g.personCountryAt("Donald Trump", "2022")).toBe("USA");
    expect(g.personCountryAt("Joe Biden", "2026")).toBe("USA");
    expect(g.personCountryAt("Nobody Known", "2026")).toBeNull();
  });

  it("resolves a shared name to the person in office at the date", () => {
    expect(g.resolvePerson("Bush", "2003")?.key).toBe("George W. Bush");
    expect(g.resolvePerson("Bush", "1991-01")?.key).toBe("George H. W. Bush");
    expect(g.resolvePerson("Clinton", "1995")?.key).toBe("Bill Clinton");
    expect(g.resolvePerson("Clinton", "2010")?.key).toBe("Hillary Clinton");
    expect(g.resolvePerson("Johnson", "2020")?.key).toBe("Boris Johnson");
    expect(g.resolvePerson("Johnson", "2024")?.key).toBe("Mike Johnson");
    expect(g.resolvePerson("Putin", null)?.key).toBe("Vladimir Putin");
    // two kings called Abdullah reigned in 2010: no guess
    expect(g.resolvePerson("King Abdullah", "2010")).toBeUndefined();
    expect(g.lookup("Bush").every((f) => f.ambiguous)).toBe(true);
  });

  it("gives the full name in the document's spelling", () => {
    expect(g.fullName("Volodymyr Zelenskyy", "Zelenskiy")).toBe("Volodymyr Zelenskiy");
    expect(g.fullName("Volodymyr Zelenskyy", "Zelenskyy")).toBe("Volodymyr Zelenskyy");
    expect(g.fullName("Sergei Shoigu", "Sergey Shoygu")).toBe("Sergey Shoygu");
    expect(g.fullName("Kim Jong Un", "Kim Jong-un")).toBe("Kim Jong-un");
    expect(g.fullName("Vladimir Putin", "Putin")).toBe("Vladimir Putin");
  });
});

describe("people data", () => {
  it("has terms that end after they start, and no person twice", () => {
    const keys = g.people().map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of g.people()) for (const o of p.offices) if (o.to !== null) expect(o.from < o.to, `${p.key} ${o.title}`).toBe(true);
    expect(keys.length).toBeGreaterThanOrEqual(300);
  });

  it("names a current head of state or government for every G20 country", () => {
    const heads = /^(President|Prime Minister|Chancellor|King|Premier|Supreme Leader|Crown Prince)$/;
    for (const code of g.membersOf("G20")) {
      const current = g.people().filter((p) => g.officeAt(p.key, "2026-01-01").some((o) => o.country === code && heads.test(o.title)));
      expect(current.length, code).toBeGreaterThan(0);
    }
  });

  it("lets no bare surname shared by two people go unflagged", () => {
    const byText = new Map<string, Set<string>>();
    for (const f of g.surfaceForms()) if (f.kind === "person") byText.set(f.text, (byText.get(f.text) ?? new Set()).add(f.key));
    for (const [text, keys] of byText) if (keys.size > 1) expect(g.lookup(text).every((f) => f.ambiguous), text).toBe(true);
  });
});

describe("places described in words", () => {
  const table: [string, string | null, string | null][] = [
    ["western Russia", "RUS", "country"],
    ["Eastern Ukraine", "UKR", "country"],
    ["occupied territory of Ukraine", "UKR", "country"],
    ["capital of North Korea", "PRK", "city"],
    ["Bryansk border region", "RUS", "region"],
    ["the Kherson region", "UKR", "region"],
    ["Sumy Oblast", "UKR", "region"],
    ["northern Gaza", "PSE", "area"],
    ["southern Lebanon", "LBN", "region"],
    ["Kandahar", "AFG", "city"],
    ["Kandahār", "AFG", "city"],
    ["Khan Younis", "PSE", "city"],
    ["St. Petersburg", "RUS", "city"],
    ["Sudzha", "RUS", "city"],
    ["Dobropillia", "UKR", "city"],
  ];
  it.each(table)("%s -> %s %s", (name, country, kind) => {
    expect(g.findPlace(name)).toMatchObject({ country, kind });
  });

  it("falls back to GeoNames villages only for names found nowhere else", () => {
    const village = g.findPlace("Rodynske");
    expect(village).toMatchObject({ country: "UKR", kind: "city" });
    expect(village!.population).toBeLessThan(15_000);
    expect(g.lookup("Rodynske")).toEqual([]);
  });
});

describe("holders of a country's offices", () => {
  const holder = (code: string, date: string | null, title: string) => g.holders(code, date).find((h) => h.office.title === title)?.person.key;
  it.each([
    ["RUS", "2024-06", "President", "Vladimir Putin"],
    ["RUS", "2010", "President", "Dmitry Medvedev"],
    ["USA", "2024", "President", "Joe Biden"],
    ["USA", "2025-07-01", "President", "Donald Trump"],
    ["USA", "2025-07-01", "Secretary of State", "Marco Rubio"],
    ["GBR", "2025", "Prime Minister", "Keir Starmer"],
    ["NATO", "2025", "Secretary-General", "Mark Rutte"],
    ["PRK", "2024", "Supreme Leader", "Kim Jong Un"],
    ["UKR", "2024-03", "Commander-in-Chief of the Armed Forces", "Oleksandr Syrskyi"],
  ])("%s %s %s: %s", (code, date, title, key) => {
    expect(holder(code, date, title)).toBe(key);
  });
});

describe("organization forms", () => {
  it.each([
    ["U.N. Security Council", "UN", false],
    ["the Security Council", "UN", true],
    ["the Atlantic alliance", "NATO", false],
    ["the alliance", "NATO", true],
    ["the 27-nation bloc", "EU", false],
    ["the UN nuclear watchdog", "IAEA", false],
    ["the Shanghai Cooperation Organization", "SCO", false],
    ["OPEC+", "OPEC", false],
    ["the Organization of African Unity", "AU", false],
  ])("%s -> %s (ambiguous: %s)", (text, key, ambiguous) => {
    expect(g.lookup(text).map((f) => [f.kind, f.key, f.ambiguous === true])).toEqual([["organization", key, ambiguous]]);
  });
});
