// `entente neo4j start|stop|status` on a throw-away instance (own home dir, free ports, the shared
// jar cache), and the errors a user can meet: port taken, no Java, no Maven, Maven failing.
import { mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.ts";
import { closeDriver, createDriver, readQuery, writeQuery } from "../../src/graph/driver.ts";
import { PortInUseError } from "../../src/neo4j/errors.ts";
import { findJava } from "../../src/neo4j/java.ts";
import { PROJECT_ROOT } from "../../src/neo4j/layout.ts";
import { startNeo4j, stopNeo4j } from "../../src/neo4j/launcher.ts";
import { portFree } from "../../src/neo4j/ports.ts";
import { runCli } from "../setup/cli.ts";
import { testConfig } from "../setup/graph.ts";
import { freePort } from "../setup/ports.ts";

let tmp: string;
beforeAll(async () => { tmp = await mkdtemp(join(tmpdir(), "entente-launcher-")); });
afterAll(async () => { await rm(tmp, { recursive: true, force: true }); });

/** Settings of a throw-away instance; the jar cache is the shared one unless a test says otherwise. */
async function instanceEnv(name: string, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const shared = testConfig().local;
  return {
    NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
    NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_HOME_DIR: join(tmp, name),
    NEO4J_DIST_DIR: resolve(PROJECT_ROOT, shared.distDir),
    NEO4J_VERSION: shared.version,
    NEO4J_PASSWORD: "launcher-test-pw",
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE: "64m",
    JAVA_HOME: shared.javaHome ?? "",
    ...extra,
  };
}

describe("entente neo4j start/stop/status", () => {
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(["neo4j", ...args], { ...env, PATH: process.env.PATH ?? "" }, tmp);

  beforeAll(async () => { env = await instanceEnv("lifecycle"); });
  afterAll(async () => { await stopNeo4j(parseConfig(env)); });

  it("runs a Neo4j that keeps its data across restarts and serves Neo4j Browser", async () => {
    const config = parseConfig(env);
    const { boltPort, httpPort } = config.local;

    const stopIdle = await cli("stop");
    expect(stopIdle).toMatchObject({ code: 0, stdout: "Neo4j is not running.\n" });
    expect((await cli("status")).stdout).toMatch(/^stopped\n/);

    const started = await cli("start");
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toMatch(new RegExp(`^Neo4j 5\\.26\\.\\d+ started in [\\d.]+ s \\(pid \\d+\\): bolt://127\\.0\\.0\\.1:${boltPort}\\n`));
    expect(started.stdout).toContain(`Neo4j Browser: http://127.0.0.1:${httpPort}/browser/?dbms=bolt://neo4j@127.0.0.1:${boltPort}`);

    const again = await cli("start");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Neo4j is already running \(pid \d+\)/);

    const status = await cli("status");
    expect(status.stdout).toMatch(/^running \(pid \d+\)\n/);
    expect(status.stdout).toContain(`bolt     bolt://127.0.0.1:${boltPort}`);
    expect(status.stdout).toContain(`http     http://127.0.0.1:${httpPort}`);

    // Neo4j Browser is served, and the discovery document sends it to this instance's Bolt port.
    const page = await fetch(`http://127.0.0.1:${httpPort}/browser/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Neo4j Browser</title>");
    const discovery = await (await fetch(`http://127.0.0.1:${httpPort}/`)).json() as Record<string, string>;
    expect(discovery.bolt_direct).toBe(`bolt://127.0.0.1:${boltPort}`);

    let driver = createDriver(config);
    await writeQuery(driver, config, { text: "CREATE (:Persisted {v: $v})", params: { v: "kept" } });
    await closeDriver(driver);

    const stopped = await cli("stop");
    expect(stopped.stdout).toMatch(/^Neo4j stopped \(pid \d+\)\.\n/);
    expect(await portFree(boltPort)).toBe(true);
    expect((await cli("status")).stdout).toMatch(/^stopped\n/);

    expect((await cli("start")).stdout).toMatch(/started/);
    driver = createDriver(config);
    expect(await readQuery(driver, config, { text: "MATCH (n:Persisted) RETURN n.v AS v", params: {} })).toEqual([{ v: "kept" }]);
    await closeDriver(driver);
    expect((await cli("stop")).code).toBe(0);
  }, 480_000);
});

describe("errors a user can meet", () => {
  let holder: Server | undefined;
  afterAll(() => { holder?.close(); });

  it("a port held by another program: names the port and what to change", async () => {
    const env = await instanceEnv("port");
    const config = parseConfig(env);
    holder = createServer();
    await new Promise<void>((r) => holder!.listen(config.local.boltPort, "127.0.0.1", r));
    const err = await startNeo4j(config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortInUseError);
    expect((err as Error).message).toContain(`Port ${config.local.boltPort} (Bolt)`);
    expect((err as Error).message).toContain("NEO4J_URI");
  });

  it("no Java: says to install a JDK 17 or set JAVA_HOME, and mentions docker-compose", async () => {
    const empty = join(tmp, "empty-bin");
    await mkdir(empty, { recursive: true });
    const env = await instanceEnv("nojava", { PATH: empty, JAVA_HOME: "" });
    const r = await runCli(["neo4j", "start"], env, tmp, 60_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Java 17 or 21 is needed");
    expect(r.stderr).toContain("JAVA_HOME");
    expect(r.stderr).toContain("docker-compose");

    const badHome = await runCli(["neo4j", "start"], { ...env, JAVA_HOME: empty }, tmp, 60_000);
    expect(badHome.code).toBe(1);
    expect(badHome.stderr).toContain(`JAVA_HOME is ${empty}, which has no bin/java`);
  });

  it("no Maven while the jars are not cached: says to install Maven", async () => {
    const bin = join(tmp, "java-only-bin");
    await mkdir(bin, { recursive: true });
    await symlink((await findJava(testConfig().local.javaHome)).bin, join(bin, "java"));
    const env = await instanceEnv("nomvn", { PATH: bin, JAVA_HOME: "", NEO4J_DIST_DIR: join(tmp, "empty-dist") });
    const r = await runCli(["neo4j", "start"], env, tmp, 60_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Maven (`mvn`) is needed once");
    expect(r.stderr).toContain("apt-get install maven");
  });

  it("Maven cannot resolve the version: shows Maven's reason and what to check", async () => {
    const env = await instanceEnv("badversion", { NEO4J_VERSION: "5.26.999", NEO4J_DIST_DIR: join(tmp, "bad-dist") });
    const r = await runCli(["neo4j", "fetch"], { ...env, PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" }, tmp, 170_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Maven could not resolve Neo4j 5.26.999");
    expect(r.stderr).toContain("5.26.999");
    expect(r.stderr).toContain("NEO4J_VERSION");
  }, 180_000);
});
