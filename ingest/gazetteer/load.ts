// Reads and validates the gazetteer's data files: the only file I/O of the gazetteer (besides
// the cities adapter). Any problem names the file and the entry at fault.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  cityStoplistSchema, countriesFileSchema, organizationsFileSchema, peopleFileSchema, regionsFileSchema,
} from "./schema.ts";

export class GazetteerError extends Error {
  constructor(readonly file: string, readonly problems: readonly string[]) {
    super(`Gazetteer file ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "GazetteerError";
  }
}

export const dataDir = fileURLToPath(new URL("./data/", import.meta.url));

/** "countries[12].code" plus the entry's own key or name, so the message says which entry. */
function describe(data: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = data;
  let label = "";
  for (const step of path) {
    if (node === null || typeof node !== "object") break;
    node = (node as Record<PropertyKey, unknown>)[step];
    if (node && typeof node === "object" && !Array.isArray(node)) {
      const n = node as Record<string, unknown>;
      const id = n.key ?? n.code ?? n.name;
      if (typeof id === "string") label = ` (${id})`;
    }
  }
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") + label;
}

export function parseFile<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GazetteerError(file, [`not valid JSON: ${(e as Error).message}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new GazetteerError(file, result.error.issues.slice(0, 20).map((i) => `${describe(data, i.path)}: ${i.message}`));
  }
  return result.data;
}

const read = <T>(name: string, schema: z.ZodType<T>): T =>
  parseFile(name, readFileSync(dataDir + name, "utf8"), schema);

export function readDataFiles() {
  return {
    countries: read("countries.json", countriesFileSchema),
    organizations: read("organizations.json", organizationsFileSchema),
    people: read("people.json", peopleFileSchema),
    regions: read("regions.json", regionsFileSchema),
    cityStoplist: read("city-stoplist.json", cityStoplistSchema),
  };
}
export type DataFiles = ReturnType<typeof readDataFiles>;
