// CI runs on a fresh clone wherever it lands, with ../shared beside it: a path into this
// workspace (/work/...) would pass here and break there.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIRS = ["src", "ingest", "test", "bench", "bin", "browser", "scripts", "notebooks", ".ci"];
const SKIP = new Set(["node_modules", ".venv", "data", "__snapshots__"]);

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mjs|js|sh|py|ipynb|json)$/.test(name) || name === "run") yield path;
  }
}

/** Lines that name an absolute path into a workspace or home directory. */
export function absolutePaths(text: string): string[] {
  return text.split("\n").filter((l) => /(["'`(\s]|^)\/(work|home|root|tmp\/ci)\//.test(l));
}

describe("absolutePaths", () => {
  it.each([
    ['readFileSync("/work/shared/corpus/seeds.jsonl")', 1],
    ["const p = '/home/me/shared/x';", 1],
    ['new URL("../../../shared/corpus/seeds.jsonl", import.meta.url)', 0],
    ['"bolt://127.0.0.1:7687/work/"', 0],
  ] as const)("%s -> %i", (line, n) => expect(absolutePaths(line)).toHaveLength(n));
});

describe("the repository", () => {
  it("names no absolute workspace path (../shared is found relative to the clone)", () => {
    const found: string[] = [];
    for (const dir of DIRS) for (const f of files(join(ROOT, dir))) {
      if (f.endsWith("repo-paths.test.ts")) continue;
      for (const l of absolutePaths(readFileSync(f, "utf8"))) found.push(`${f.slice(ROOT.length)}: ${l.trim().slice(0, 120)}`);
    }
    expect(found).toEqual([]);
  });
});
