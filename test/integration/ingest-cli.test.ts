// `entente ingest` as a process: killed with SIGKILL mid-way then rerun, two at once on
// overlapping inputs, and bad inputs; each compared with a clean run by a digest of the graph.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedCorpus } from "../../bench/ingest-corpus.ts";
import { graphDigest } from "../../src/graph/digest.ts";
import { ENTENTE_BIN, runCli } from "../setup/cli.ts";
import { testConfig, testRead, useTestGraph } from "../setup/graph.ts";
import { eventCounterMismatches, relationsVersusEvents, storyMismatches } from "./ingest-checks.ts";
import { SEEDS } from "./ingest-fixtures.ts";

const graph = useTestGraph();
const dir = mkdtempSync(join(tmpdir(), "entente-ingest-cli-"));
const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === "string"));
const cwd = process.cwd();
const digest = () => graphDigest(graph.driver(), testConfig());
const count = async () => (await testRead<{ n: number }>({ text: "MATCH (d:Document) RETURN count(d) AS n", params: {} }))[0]!.n;

function jsonl(name: string, from: number, n: number): string {
  const file = join(dir, name);
  writeFileSync(file, [...generatedCorpus(n, 5, from)].map((d) => JSON.stringify(d)).join("\n") + "\n");
  return file;
}
const ingestArgs = (file: string) => ["ingest", file, "--batch-size", "4", "--workers", "1"];

beforeAll(async () => {
  await graph.clear();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("entente ingest, the process", () => {
  const all = jsonl("all.jsonl", 0, 60);
  let clean = "";

  it("a clean run writes every document and exits 0", async () => {
    await graph.clear();
    const r = await runCli(ingestArgs(all), env, cwd);
    expect(r.stderr).not.toMatch(/failed: [1-9]/);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/documents new 60, unchanged 0, replaced 0, failed 0/);
    expect(await count()).toBe(60);
    clean = (await digest()).hash;
  }, 300_000);

  it("killed with SIGKILL mid-way, then rerun, equals the clean run", async () => {
    await graph.clear();
    const child = spawn(process.execPath, [ENTENTE_BIN, ...ingestArgs(all)], { env, cwd, stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    let seen = 0;
    for (let i = 0; i < 600 && seen === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      seen = await count();
    }
    child.kill("SIGKILL");
    await exited;
    const partial = await count();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(60);
    // what a killed run committed is whole documents: every stored document is fully consistent
    expect(await eventCounterMismatches()).toEqual([]);
    const r = await runCli(ingestArgs(all), env, cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`unchanged ${partial},`));
    expect((await digest()).hash).toBe(clean);
  }, 300_000);

  it("two ingests at once over overlapping inputs equal one", async () => {
    await graph.clear();
    const first = jsonl("first.jsonl", 0, 40);
    const second = jsonl("second.jsonl", 20, 40);
    const [a, b] = await Promise.all([runCli(ingestArgs(first), env, cwd), runCli(ingestArgs(second), env, cwd)]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(await count()).toBe(60);
    expect((await digest()).hash).toBe(clean);
    const rel = await relationsVersusEvents();
    expect(rel.stored).toEqual(rel.recomputed);
    expect(await storyMismatches()).toEqual([]);
  }, 300_000);

  it("bad inputs give clear errors, exit 1, and leave stored data intact", async () => {
    await graph.clear();
    expect((await runCli(["ingest", SEEDS, "--workers", "1"], env, cwd)).code).toBe(0);
    const before = await digest();
    const bad = join(dir, "bad");
    rmSync(bad, { recursive: true, force: true });
    const { mkdirSync } = await import("node:fs");
    mkdirSync(bad);
    writeFileSync(join(bad, "invalid-utf8.txt"), Buffer.from([0x52, 0x75, 0x73, 0x73, 0x69, 0x61, 0x20, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(bad, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(bad, "empty.txt"), "");
    writeFileSync(join(bad, "huge.txt"), "Russia and China held talks in Beijing. ".repeat(1_310_720)); // 50 MB
    writeFileSync(join(bad, "malformed.jsonl"), [
      '{"id": "cut", "text": "Russia',
      "[1, 2, 3]",
      '{"id": "no-text"}',
      '{"id": "blank", "text": "   "}',
      '{"id": "bad-date", "text": "Russia met China.", "published": "yesterday"}',
    ].join("\n") + "\n");
    const r = await runCli(["ingest", bad, "--workers", "1"], env, cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/failed 9/);
    const expected: ReadonlyArray<readonly [string, RegExp]> = [
      ["invalid-utf8.txt", /invalid UTF-8/i],
      ["binary.txt", /binary/i],
      ["empty.txt", /empty/i],
      ["huge.txt", /larger|too large|exceeds|limit/i],
      ["malformed.jsonl:1", /not valid JSON/i],
      ["malformed.jsonl:2", /not a JSON object/i],
      ["malformed.jsonl:3", /text: is missing/i],
      ["malformed.jsonl:4", /text: must not be empty/i],
      ["malformed.jsonl:5", /published/i],
    ];
    for (const [where, message] of expected) {
      const line = r.stderr.split("\n").find((l) => l.includes(where));
      expect(line, `${where} in:\n${r.stderr}`).toMatch(message);
    }
    expect((await digest()).hash).toBe(before.hash);
  }, 300_000);

  it("--dry-run extracts and reports but writes nothing; delete removes a document and exits 1 for unknown ids", async () => {
    await graph.clear();
    const before = await digest();
    const dry = await runCli(["ingest", SEEDS, "--dry-run", "--workers", "1"], env, cwd);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/Dry run \(nothing written\): documents new 5/);
    expect((await digest()).hash).toBe(before.hash);
    expect((await runCli(["ingest", SEEDS, "--workers", "1"], env, cwd)).code).toBe(0);
    const del = await runCli(["delete", "002_7e81adea1b9a7044"], env, cwd);
    expect(del.code, del.stderr).toBe(0);
    expect(del.stdout).toMatch(/Deleted 1 of 1/);
    expect(await count()).toBe(4);
    const unknown = await runCli(["delete", "no-such-document"], env, cwd);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/Deleted 0 of 1/);
  }, 300_000);
});
