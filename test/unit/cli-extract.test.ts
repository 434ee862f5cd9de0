import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/entente.mjs", import.meta.url));
let dir: string;

function run(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

const parse = (stdout: string) => stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as {
  id: string;
  events: Array<Record<string, unknown>>;
  entities: Array<Record<string, unknown>>;
});

const ATTACK = "Russian forces attacked Ukraine yesterday.";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "entente-cli-"));
  writeFileSync(join(dir, "good.jsonl"), [
    JSON.stringify({ id: "a1", text: `Russia strikes Ukraine\n\n${ATTACK} Officials met for lunch.`, published: "2025-07-28" }),
    JSON.stringify({ id: "a2", text: "The weather was mild." }),
  ].join("\n") + "\n");
  writeFileSync(join(dir, "bad.jsonl"), [
    JSON.stringify({ id: "b1", text: "Nothing happened." }),
    "{oops",
    JSON.stringify({ id: "", text: "empty id" }),
    JSON.stringify({ id: "b4", text: "Still read." }),
  ].join("\n"));
  mkdirSync(join(dir, "texts"));
  writeFileSync(join(dir, "texts", "note-1.txt"), ATTACK);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("entente extract", () => {
  it("prints one GUIDELINES line per document, names bad lines and files on stderr, exits 1", async () => {
    const { code, stdout, stderr } = await run(["extract", "--workers", "2", "good.jsonl", "missing.jsonl", "bad.jsonl", "texts"]);
    const lines = parse(stdout);
    expect(lines.map((l) => l.id)).toEqual(["a1", "a2", "b1", "b4", "note-1"]);
    const attack = lines[0]!.events.find((e) => e.type === "ASSAULT" && e.sentence === ATTACK);
    expect(attack).toMatchObject({ sentence: ATTACK, source: "RUS", target: "UKR", negated: false, uncertain: false, date: "2025-07-27", sentenceIndex: 1 });
    const text = `Russia strikes Ukraine\n\n${ATTACK} Officials met for lunch.`;
    for (const e of lines[0]!.events) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(["sentence", "type", "subtype", "source", "target", "negated", "uncertain", "date", "location", "sourcePeople", "targetPeople", "start", "end"]));
      expect(text.slice(e.start as number, e.end as number)).toBe(e.sentence);
    }
    expect(lines[0]!.entities.map((e) => e.key)).toEqual(expect.arrayContaining(["RUS", "UKR"]));
    expect(lines[1]!.events).toEqual([]);
    expect(lines[4]!.events.find((e) => e.type === "ASSAULT")).toMatchObject({ source: "RUS", target: "UKR", date: null });
    expect(stderr).toContain("missing.jsonl: cannot read: no such file or directory");
    expect(stderr).toContain("bad.jsonl:2: not valid JSON");
    expect(stderr).toContain("bad.jsonl:3: id: must not be empty");
    expect(stderr).toContain("3 inputs failed");
    expect(code).toBe(1);
  }, 120_000);

  it("reads JSONL from stdin and exits 0 when everything was read, the same with and without workers", async () => {
    const input = [ATTACK, "Putin met Kim in Pyongyang on Wednesday.", "No actors here."]
      .map((text, i) => JSON.stringify({ id: `s${i}`, text, published: "2025-03-14" })).join("\n");
    const threaded = await run(["extract", "-"], input);
    const single = await run(["extract", "--workers", "0", "-"], input);
    expect(threaded.stderr).toBe("");
    expect(threaded.code).toBe(0);
    expect(parse(threaded.stdout).map((l) => l.id)).toEqual(["s0", "s1", "s2"]);
    expect(single.stdout).toBe(threaded.stdout);
  }, 120_000);

  it("rejects a bad --workers value before reading anything", async () => {
    const { code, stderr } = await run(["extract", "--workers", "many", "good.jsonl"]);
    expect(code).not.toBe(0);
    expect(stderr).toContain("must be an integer from 0");
  }, 60_000);
});
