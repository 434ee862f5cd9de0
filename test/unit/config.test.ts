import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.ts";
import { runCli } from "../setup/cli.ts";

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe("config", () => {
  it("has working defaults for a local run", () => {
    const c = parseConfig({});
    expect(c.neo4j).toMatchObject({ uri: "bolt://127.0.0.1:7687", user: "neo4j", database: "neo4j", queryTimeoutMs: 10_000 });
    expect(c.local).toMatchObject({ boltPort: 7687, httpPort: 7474, homeDir: ".neo4j", distDir: ".neo4j-dist", version: "5.26.30", javaHome: undefined });
    expect(c.port).toBe(4000);
    expect(c.testAllowRemote).toBe(false);
  });

  it.each([
    ["bolt://127.0.0.1:7697", 7697],
    ["neo4j://localhost:7700", 7700],
    ["neo4j+s://abcd.databases.neo4j.io", 7687],
  ])("takes the Bolt port of the local Neo4j from NEO4J_URI %s", (uri, port) => {
    expect(parseConfig({ NEO4J_URI: uri }).local.boltPort).toBe(port);
  });

  it("treats empty values as unset (an .env copied from .env.example)", () => {
    expect(parseConfig({ JAVA_HOME: "", INGEST_API_KEY: "", PORT: "" }).port).toBe(4000);
  });

  it.each([
    [{ NEO4J_URI: "http://127.0.0.1:7474" }, "NEO4J_URI"],
    [{ NEO4J_PASSWORD: "short" }, "NEO4J_PASSWORD"],
    [{ PORT: "70000" }, "PORT"],
    [{ NEO4J_HTTP_PORT: "http" }, "NEO4J_HTTP_PORT"],
    [{ NEO4J_VERSION: "2025.01.0" }, "NEO4J_VERSION"],
    [{ NEO4J_HEAP: "lots" }, "NEO4J_HEAP"],
    [{ NEO4J_QUERY_TIMEOUT_MS: "5" }, "NEO4J_QUERY_TIMEOUT_MS"],
    [{ INGEST_API_KEY: "too-short" }, "INGEST_API_KEY"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ ENTENTE_TEST_ALLOW_REMOTE: "yes" }, "ENTENTE_TEST_ALLOW_REMOTE"],
  ])("rejects %o naming %s", (env, key) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${key}: `));
  });

  it("lists every problem at once, and never echoes secrets", () => {
    const problems = problemsOf({ NEO4J_URI: "nope", NEO4J_PASSWORD: "secret1", PORT: "-1", LOG_LEVEL: "loud" });
    expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(["LOG_LEVEL", "NEO4J_PASSWORD", "NEO4J_URI", "PORT"]);
    expect(problems.join("\n")).not.toContain("secret1");
  });
});

describe("the CLI on invalid config", () => {
  let cwd: string;
  beforeAll(async () => { cwd = await mkdtemp(join(tmpdir(), "entente-config-")); });
  afterAll(async () => { await rm(cwd, { recursive: true, force: true }); });

  it("prints one error listing every problem and exits with code 2", async () => {
    const r = await runCli(["neo4j", "status"], { NEO4J_URI: "http://x", PORT: "abc", NEO4J_PASSWORD: "short" }, cwd, 60_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Invalid configuration");
    for (const key of ["NEO4J_URI", "PORT", "NEO4J_PASSWORD"]) expect(r.stderr).toContain(`${key}:`);
    expect(r.stderr).not.toContain("short");
  });
});
