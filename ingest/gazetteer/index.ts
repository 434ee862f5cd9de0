// The gazetteer: countries, international organizations, office holders, regions and GeoNames
// cities, as one list of surface forms for the extractor's lookup plus keyed accessors.
// Pure after load; loadGazetteer() reads the files once per process.
import { readCities, type City } from "./cities.ts";
import { GazetteerError, readDataFiles, type DataFiles } from "./load.ts";
import { foldName, placeKeyOf } from "./normalize.ts";
import { countryAt, officesAt } from "./offices.ts";
import type { Country, Office, Organization, Person, Region } from "./schema.ts";

export type { Country, Office, Organization, Person, Region } from "./schema.ts";
export { GazetteerError } from "./load.ts";
export { dateSpan } from "./offices.ts";

export type SurfaceKind = "country" | "demonym" | "capital" | "seat" | "organization" | "person" | "region" | "city";

export interface SurfaceForm {
  /** As it appears in text, usual case ("the Kremlin", "U.N. nuclear watchdog"). */
  readonly text: string;
  readonly kind: SurfaceKind;
  /** ISO3 for country/demonym/capital/seat, org key, person key, or place key (`name|ISO3`). */
  readonly key: string;
  /** Set when the text names several keys ("Congolese", "Bush") or names its key only in context ("the alliance"). */
  readonly ambiguous?: boolean;
}

export interface Place {
  readonly key: string; // `name|ISO3` (`name|` for seas and areas of no one country)
  readonly name: string;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly kind: "region" | "area" | "city" | "country";
  readonly population?: number;
}

export interface Gazetteer {
  surfaceForms(): readonly SurfaceForm[];
  /** Every surface form whose text is exactly `text`. */
  lookup(text: string): readonly SurfaceForm[];
  countries(): readonly Country[];
  country(code: string): Country | undefined;
  /** The ISO3 code for an ISO alpha-2 code (GeoNames' country field). */
  alpha3(alpha2: string): string | undefined;
  organizations(): readonly Organization[];
  organization(key: string): Organization | undefined;
  people(): readonly Person[];
  person(key: string): Person | undefined;
  /** The person a name denotes at a date: of several people named "Bush", the one in office then. */
  resolvePerson(text: string, date: string | null): Person | undefined;
  /**
   * The person's full name in the spelling a document uses: "Zelenskiy" -> "Volodymyr Zelenskiy",
   * "Shoygu" -> "Sergei Shoygu"; the key when no full-name alias matches.
   */
  fullName(personKey: string, written: string): string;
  officeAt(personKey: string, date: string | null): readonly Office[];
  /**
   * Who held an office of a country or organization at a date, latest start first: "the Russian
   * president" is `holders("RUS", date).find((h) => h.office.title === "President")`.
   */
  holders(code: string, date: string | null): readonly { readonly person: Person; readonly office: Office }[];
  personCountryAt(personKey: string, date: string | null): string | null;
  membersOf(orgKey: string): readonly string[];
  /** Organizations a country belongs to (current membership). */
  membershipsOf(code: string): readonly string[];
  place(key: string): Place | undefined;
  /** A region or area first, then the most populous city of that name, then a country. */
  findPlace(name: string): Place | undefined;
}

const KIND_RANK: Record<SurfaceKind, number> = {
  country: 0, organization: 1, seat: 2, capital: 3, demonym: 4, person: 5, region: 6, city: 7,
};
const placeKey = (name: string, country: string | null) => `${name}|${country ?? ""}`;

function check(file: string, problems: string[]): void {
  if (problems.length > 0) throw new GazetteerError(file, problems);
}

function duplicates<T>(xs: readonly T[], id: (x: T) => string): string[] {
  const seen = new Set<string>();
  return xs.map(id).filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
}

/** Cross-file integrity: unique keys, and every code an entry refers to exists. */
function validate(files: DataFiles): void {
  const { countries, organizations, people, regions } = files;
  const codes = new Set(countries.countries.map((c) => c.code));
  const orgKeys = new Set(organizations.organizations.map((o) => o.key));
  check("countries.json", [
    ...duplicates(countries.countries, (c) => c.code).map((k) => `duplicate code ${k}`),
    ...duplicates(countries.countries, (c) => c.name).map((k) => `duplicate name ${k}`),
  ]);
  check("organizations.json", [
    ...duplicates(organizations.organizations, (o) => o.key).map((k) => `duplicate key ${k}`),
    ...organizations.organizations.flatMap((o) => [
      ...o.members.filter((m) => !codes.has(m)).map((m) => `${o.key}: unknown member ${m}`),
      ...duplicates(o.members, (m) => m).map((m) => `${o.key}: member ${m} listed twice`),
      ...(o.memberOrganizations ?? []).filter((m) => !orgKeys.has(m)).map((m) => `${o.key}: unknown member organization ${m}`),
    ]),
  ]);
  check("people.json", [
    ...duplicates(people.people, (p) => p.key).map((k) => `duplicate key ${k}`),
    ...people.people.flatMap((p) => p.offices.flatMap((o) => [
      ...(codes.has(o.country) || orgKeys.has(o.country) ? [] : [`${p.key}: office ${o.title} has unknown country ${o.country}`]),
      ...(o.to !== null && o.to < o.from ? [`${p.key}: office ${o.title} ends (${o.to}) before it starts (${o.from})`] : []),
    ])),
  ]);
  check("regions.json", [
    ...duplicates(regions.regions, (r) => placeKey(r.name, r.country)).map((k) => `duplicate region ${k}`),
    ...regions.regions.filter((r) => r.country !== null && !codes.has(r.country)).map((r) => `${r.name}: unknown country ${r.country}`),
  ]);
}

/**
 * `cities` feed the surface forms and the place index; `moreCities`, read only when a name is
 * not found otherwise, lets findPlace resolve villages too ("Novopavlivka").
 */
export function buildGazetteer(files: DataFiles, cities: readonly City[], moreCities?: () => readonly City[]): Gazetteer {
  validate(files);
  const countries = files.countries.countries;
  const orgs = files.organizations.organizations;
  const people = files.people.people;
  const regions = files.regions.regions;
  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  const alpha3 = new Map(countries.map((c) => [c.alpha2, c.code]));
  const orgByKey = new Map(orgs.map((o) => [o.key, o]));
  const personByKey = new Map(people.map((p) => [p.key, p]));

  // Places: curated regions, then the most populous GeoNames city of each `name|ISO3`.
  const places = new Map<string, Place>();
  const placesByName = new Map<string, Place[]>();
  const index = (name: string, p: Place) => {
    const k = placeKeyOf(name);
    const list = placesByName.get(k);
    if (list) list.push(p);
    else placesByName.set(k, [p]);
  };
  for (const r of regions) {
    const p: Place = { key: placeKey(r.name, r.country), name: r.name, country: r.country, lat: r.lat, lon: r.lon, kind: r.kind };
    places.set(p.key, p);
    for (const n of [r.name, ...r.aliases]) index(n, p);
  }
  const sortedCities = [...cities].sort((a, b) => b.population - a.population);
  const folded = sortedCities.map((c) => foldName(c.name));
  sortedCities.forEach((c, i) => {
    const country = alpha3.get(c.alpha2) ?? null;
    const name = folded[i]!;
    const key = placeKey(name, country);
    if (places.has(key)) return;
    const p: Place = { key, name, country, lat: c.lat, lon: c.lon, kind: "city", population: c.population };
    places.set(key, p);
    index(name, p); // placeKeyOf folds, so "Kandahār" finds it too
  });
  // Regions first, then a city the curated aliases name ("Washington" is D.C.), then the most
  // populous city of the name (insertion order already is).
  const preferred = new Set<Place>();
  for (const [alias, key] of Object.entries(files.cityStoplist.aliases)) {
    const p = places.get(key);
    if (!p) throw new GazetteerError("city-stoplist.json", [`alias ${alias}: no place ${key}`]);
    preferred.add(p);
    index(alias, p);
  }
  const rank = (p: Place) => (p.kind !== "city" ? 0 : preferred.has(p) ? 1 : 2);
  for (const list of placesByName.values()) if (list.length > 1) list.sort((a, b) => rank(a) - rank(b));

  const forms = surfaceFormsOf(files, sortedCities, folded, alpha3);
  const formsByText = new Map<string, SurfaceForm[]>();
  for (const f of forms) {
    const list = formsByText.get(f.text);
    if (list) list.push(f);
    else formsByText.set(f.text, [f]);
  }
  const memberships = new Map<string, string[]>();
  for (const o of orgs) for (const m of o.members) (memberships.get(m) ?? memberships.set(m, []).get(m)!).push(o.key);

  let villages: Map<string, Place> | undefined; // read on the first name found nowhere else
  const officesByCountry = new Map<string, { person: Person; office: Office }[]>();
  for (const person of people) for (const office of person.offices) {
    (officesByCountry.get(office.country) ?? officesByCountry.set(office.country, []).get(office.country)!).push({ person, office });
  }
  const officeAt = (key: string, date: string | null) => {
    const p = personByKey.get(key);
    return p ? officesAt(p, date) : [];
  };
  return {
    surfaceForms: () => forms,
    lookup: (text) => formsByText.get(text) ?? [],
    countries: () => countries,
    country: (code) => countryByCode.get(code),
    alpha3: (a2) => alpha3.get(a2),
    organizations: () => orgs,
    organization: (key) => orgByKey.get(key),
    people: () => people,
    person: (key) => personByKey.get(key),
    resolvePerson(text, date) {
      const candidates = (formsByText.get(text) ?? []).filter((f) => f.kind === "person").map((f) => personByKey.get(f.key)!);
      if (candidates.length <= 1) return candidates[0];
      const inOffice = candidates.filter((p) => officesAt(p, date).length > 0);
      return inOffice.length === 1 ? inOffice[0] : undefined;
    },
    fullName(key, written) {
      const p = personByKey.get(key);
      if (!p) return written;
      const full = [p.key, ...p.aliases].filter((n) => n.includes(" "));
      if (full.includes(written)) return written;
      return full.find((n) => n.endsWith(` ${written}`)) ?? p.key;
    },
    officeAt,
    holders(code, date) {
      const all = officesByCountry.get(code) ?? [];
      const held = all.filter(({ person, office }) => officesAt(person, date).includes(office));
      return held.sort((a, b) => b.office.from.localeCompare(a.office.from));
    },
    personCountryAt: (key, date) => {
      const p = personByKey.get(key);
      return p ? countryAt(p, date) : null;
    },
    membersOf: (key) => orgByKey.get(key)?.members ?? [],
    membershipsOf: (code) => memberships.get(code) ?? [],
    place: (key) => places.get(key),
    findPlace,
  };

  function countryPlace(text: string): Place | undefined {
    const code = (formsByText.get(text) ?? formsByText.get(text.replace(/^the /i, "")))?.find((f) => f.kind === "country")?.key;
    const c = code ? countryByCode.get(code) : undefined;
    return c ? { key: placeKey(c.name, c.code), name: c.name, country: c.code, lat: c.lat, lon: c.lon, kind: "country" } : undefined;
  }

  function village(name: string): Place | undefined {
    if (!moreCities) return undefined;
    if (!villages) {
      const best = new Map<string, City>();
      for (const c of moreCities()) {
        const k = placeKeyOf(c.name);
        const prev = best.get(k);
        if (!prev || c.population > prev.population) best.set(k, c);
      }
      villages = new Map();
      for (const [k, c] of best) {
        if (placesByName.has(k)) continue;
        const folded = foldName(c.name);
        const country = alpha3.get(c.alpha2) ?? null;
        villages.set(k, { key: placeKey(folded, country), name: folded, country, lat: c.lat, lon: c.lon, kind: "city", population: c.population });
      }
    }
    return villages.get(placeKeyOf(name));
  }

  function findExact(name: string): Place | undefined {
    return placesByName.get(placeKeyOf(name))?.[0] ?? countryPlace(name);
  }

  function findPlace(name: string): Place | undefined {
    const text = name.trim().replace(/\s+/g, " ");
    const found = findExact(text);
    if (found) return found;
    // "capital of North Korea"
    const capital = /^(?:the )?capital(?: city)? of (.+)$/i.exec(text);
    if (capital) {
      const c = countryPlace(capital[1]!);
      const city = c && countryByCode.get(c.country!)!.capitals.map(findExact).find((p) => p?.country === c.country);
      if (city) return city;
    }
    // "western Russia", "occupied territory of Ukraine", "Bryansk border region": the place named
    const inner =
      /^(?:the )?(?:(?:far|occupied|north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west) )+(.+)$/i.exec(text)?.[1] ??
      /^(?:the )?(?:occupied )?(?:territory|territories|region|regions|part|parts|area|areas|outskirts|suburbs|border|border areas?|border regions?|coast|shores?) of (.+)$/i.exec(text)?.[1];
    if (inner) return findPlace(inner);
    const base = /^(?:the )?(.+?) (?:region|oblast|province|governorate|district|border region|border area|border)$/i.exec(text)?.[1];
    if (base) return findExact(`${base} region`) ?? findPlace(base);
    return village(text);
  }
}

/**
 * One list for one lookup. A text that names one key keeps its strongest kind ("Luxembourg" is
 * the country, not the capital). A city never shadows anything else ("Jordan", "Washington",
 * "Gaza"), and only the most populous city of a name is kept. Other texts naming several keys
 * are kept for each, flagged ambiguous ("Congolese", "Bush").
 */
function surfaceFormsOf(
  files: DataFiles, citiesByPopulation: readonly City[], folded: readonly string[], alpha3: ReadonlyMap<string, string>,
): SurfaceForm[] {
  const raw: SurfaceForm[] = [];
  const add = (text: string, kind: SurfaceKind, key: string, ambiguous = false) =>
    raw.push(ambiguous ? { text, kind, key, ambiguous } : { text, kind, key });
  const ambiguousDemonyms = new Set(files.countries.ambiguousDemonyms);
  for (const c of files.countries.countries) {
    for (const t of [c.name, ...c.aliases]) add(t, "country", c.code);
    for (const t of c.demonyms) add(t, "demonym", c.code, ambiguousDemonyms.has(t));
    for (const t of c.capitals) add(t, "capital", c.code);
    for (const t of c.seats) add(t, "seat", c.code);
  }
  for (const o of files.organizations.organizations) {
    const ambiguous = new Set(o.ambiguous);
    for (const t of [o.key, o.name, ...o.aliases, ...o.descriptions]) {
      if (ambiguous.has(t)) continue;
      add(t, "organization", o.key);
      // "the Organization of African Unity": names of several words take the article in text.
      if (/^\p{Lu}\S*\s/u.test(t) && !/^the\s/i.test(t)) add(`the ${t}`, "organization", o.key);
    }
    for (const t of o.ambiguous) add(t, "organization", o.key, true);
  }
  for (const p of files.people.people) for (const t of [p.key, ...p.aliases]) add(t, "person", p.key);
  for (const r of files.regions.regions) {
    for (const t of [r.name, ...r.aliases]) add(t, r.kind === "city" ? "city" : "region", placeKey(r.name, r.country));
  }
  const byText = new Map<string, SurfaceForm[]>();
  for (const f of raw) (byText.get(f.text) ?? byText.set(f.text, []).get(f.text)!).push(f);
  const out: SurfaceForm[] = [];
  for (const [text, list] of byText) {
    const best = new Map<string, SurfaceForm>();
    for (const f of list) {
      const prev = best.get(f.key);
      if (!prev || KIND_RANK[f.kind] < KIND_RANK[prev.kind]) best.set(f.key, f);
    }
    let kept = [...best.values()];
    if (kept.some((f) => f.kind !== "city")) kept = kept.filter((f) => f.kind !== "city");
    for (const f of kept) out.push(kept.length > 1 && !f.ambiguous ? { text, kind: f.kind, key: f.key, ambiguous: true } : f);
  }
  // GeoNames cities, most populous first: each name once, and never over a form above; both the
  // plain spelling ("Krakow") and, where it differs, GeoNames' own ("Kraków"; not "Kramators’k").
  const stop = new Set(files.cityStoplist.names);
  const taken = new Set(byText.keys());
  const keep = (text: string, key: string) => {
    if (text.length <= 2 || stop.has(text) || taken.has(text)) return;
    taken.add(text);
    out.push({ text, kind: "city", key });
  };
  citiesByPopulation.forEach((c, i) => {
    const name = folded[i]!;
    if (stop.has(c.name)) return;
    const key = placeKey(name, alpha3.get(c.alpha2) ?? null);
    keep(name, key);
    if (name !== c.name && !/[’‘`ʼʻʿʾ]/.test(c.name)) keep(c.name, key);
  });
  // News spellings of GeoNames names ("Odesa", "Zaporizhzhia").
  for (const [alias, key] of Object.entries(files.cityStoplist.aliases)) keep(alias, key);
  return out;
}

let cached: Gazetteer | undefined;

/** Cities below this population are left out (capitals and admin seats stay) to limit false matches. */
export const MIN_CITY_POPULATION = 15_000;

export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer(readDataFiles(), readCities(MIN_CITY_POPULATION), () => readCities(0));
  return cached;
}
