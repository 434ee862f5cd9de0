// Starts, stops and reports on a local Neo4j (the imperative shell around the pure parts).
import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import type { Config } from "../config.ts";
import { closeDriver, createDriver, readQuery, verifyGraph } from "../graph/driver.ts";
import { GraphAuthError, GraphTimeoutError, GraphUnavailableError } from "../graph/errors.ts";
import { LocalAuthError, LocalUserError, Neo4jStartError, NotLocalUriError, PortInUseError } from "./errors.ts";
import { findJava } from "./java.ts";
import { ensureJars } from "./jars.ts";
import { type Layout, layoutFor } from "./layout.ts";
import { portFree } from "./ports.ts";
import { isAlive, removePidFile, runningPid, sleep, terminate } from "./processes.ts";
import { type Addresses, addressesOf, isLoopbackUri, renderNeo4jConf, serverArgs, setInitialPasswordArgs } from "./server-config.ts";

export type LocalConfig = Pick<Config, "neo4j" | "local">;
export type Log = (line: string) => void;
export type StartOptions = Readonly<{ log?: Log; timeoutMs?: number }>;

export type StartResult = Readonly<{ status: "started" | "already-running"; pid: number; seconds: number; fetched: boolean; version: string } & Addresses>;
export type StatusResult = Readonly<{ running: boolean; pid: number | null; answering: boolean; homeDir: string; version: string } & Addresses>;

const START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 60_000;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function tail(file: string, lines = 25): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/**
 * Does the configured database answer a query with the configured credentials? ("auth" when the
 * server answers but refuses them.) Bolt opens before the databases are online, so a query on
 * NEO4J_DATABASE, not just a handshake, tells that the server is ready for work.
 */
async function boltState(config: LocalConfig): Promise<"up" | "down" | "auth"> {
  const driver = createDriver(config, { connectionTimeoutMs: 2_000, maxConnectionPoolSize: 1 });
  try {
    await verifyGraph(driver); // fails fast while nothing listens (a query would be retried)
    await readQuery(driver, { neo4j: { database: config.neo4j.database, queryTimeoutMs: 30_000 } }, { text: "RETURN 1", params: {} });
    return "up";
  } catch (err) {
    if (err instanceof GraphAuthError) return "auth";
    // Still starting: not listening, database not online yet, or too slow to answer in time.
    if (err instanceof GraphUnavailableError || err instanceof GraphTimeoutError) return "down";
    throw err;
  } finally {
    await closeDriver(driver);
  }
}

async function waitForBolt(config: LocalConfig, layout: Layout, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await boltState(config);
    if (state === "up") return;
    if (state === "auth") throw new LocalAuthError(layout.homeDir);
    if (!isAlive(pid)) {
      await removePidFile(layout.pidFile);
      throw new Neo4jStartError("the server process exited", layout.consoleLog, await tail(layout.consoleLog));
    }
    if (Date.now() > deadline) {
      throw new Neo4jStartError(`Bolt did not answer within ${Math.round(timeoutMs / 1000)} s (the server is still running as pid ${pid}; \`npx entente neo4j stop\` stops it)`, layout.consoleLog, await tail(layout.consoleLog));
    }
    await sleep(500);
  }
}

/** Fetches the jars into the shared cache if needed (`entente neo4j fetch`, CI). */
export async function fetchNeo4j(config: LocalConfig, log: Log = () => {}): Promise<{ fetched: boolean; libDir: string }> {
  const layout = layoutFor(config.local);
  return { ...(await ensureJars(layout, config.local, log)), libDir: layout.libDir };
}

/**
 * Starts the local Neo4j of config.local (home dir, ports) and resolves once Bolt answers.
 * Already running: says so and succeeds. Checks ports, Java and Maven first, with clear errors.
 */
export async function startNeo4j(config: LocalConfig, options: StartOptions = {}): Promise<StartResult> {
  const log = options.log ?? (() => {});
  const t0 = Date.now();
  const { local } = config;
  const layout = layoutFor(local);
  const addresses = addressesOf(local, config.neo4j.user);
  const seconds = (): number => Math.round((Date.now() - t0) / 100) / 10;
  if (!isLoopbackUri(config.neo4j.uri)) throw new NotLocalUriError(config.neo4j.uri);
  if (config.neo4j.user !== "neo4j") throw new LocalUserError(config.neo4j.user);

  const existing = await runningPid(layout.pidFile, layout.homeDir);
  if (existing !== null) {
    await waitForBolt(config, layout, existing, options.timeoutMs ?? START_TIMEOUT_MS);
    return { status: "already-running", pid: existing, seconds: seconds(), fetched: false, version: local.version, ...addresses };
  }

  if (!(await portFree(local.boltPort))) throw new PortInUseError(local.boltPort, "Bolt", "NEO4J_URI (e.g. bolt://127.0.0.1:7688)");
  if (!(await portFree(local.httpPort))) throw new PortInUseError(local.httpPort, "HTTP", "NEO4J_HTTP_PORT");
  const java = await findJava(local.javaHome);
  const { fetched } = await ensureJars(layout, local, log);

  for (const dir of [layout.confDir, layout.dataDir, layout.logsDir, layout.runDir, layout.pluginsDir, layout.tmpDir]) await mkdir(dir, { recursive: true });
  await writeFile(layout.confFile, renderNeo4jConf(local, config.neo4j.database));
  const javaEnv = { NEO4J_HOME: layout.homeDir, NEO4J_CONF: layout.confDir };
  if (!(await exists(layout.systemDbDir))) {
    // First start: the initial password is only read before the system database exists.
    await runToEnd(java.bin, setInitialPasswordArgs(layout, config.neo4j.password), javaEnv, layout);
  }

  log(`Starting Neo4j ${local.version} (Java ${java.major}) in ${layout.homeDir}...`);
  const out = openSync(layout.consoleLog, "a");
  const child = spawn(java.bin, serverArgs(layout, local.heap), { cwd: layout.homeDir, env: javaEnv, detached: true, stdio: ["ignore", out, out] });
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jStartError("the java process could not be spawned", layout.consoleLog, await tail(layout.consoleLog));
  child.unref();
  await writeFile(layout.pidFile, `${pid}\n`);
  await waitForBolt(config, layout, pid, options.timeoutMs ?? START_TIMEOUT_MS);
  return { status: "started", pid, seconds: seconds(), fetched, version: local.version, ...addresses };
}

function runToEnd(cmd: string, args: string[], env: Record<string, string>, layout: Layout): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: layout.homeDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => { output += d.toString(); });
    child.stderr.on("data", (d: Buffer) => { output += d.toString(); });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Neo4jStartError(`setting the initial password failed (exit ${code})`, "neo4j-admin output", output.trim()))));
  });
}

/** Stops this home's server (SIGTERM, then SIGKILL after a grace period). Nothing running: succeeds. */
export async function stopNeo4j(config: LocalConfig, options: { graceMs?: number } = {}): Promise<{ status: "stopped" | "killed" | "not-running"; pid: number | null }> {
  const layout = layoutFor(config.local);
  const pid = await runningPid(layout.pidFile, layout.homeDir);
  if (pid === null) return { status: "not-running", pid: null };
  const how = await terminate(pid, options.graceMs ?? STOP_GRACE_MS);
  await removePidFile(layout.pidFile);
  return { status: how === "killed" ? "killed" : "stopped", pid };
}

export async function neo4jStatus(config: LocalConfig): Promise<StatusResult> {
  const layout = layoutFor(config.local);
  const pid = await runningPid(layout.pidFile, layout.homeDir);
  const answering = pid !== null && (await boltState(config)) === "up";
  return { running: pid !== null, pid, answering, homeDir: layout.homeDir, version: config.local.version, ...addressesOf(config.local, config.neo4j.user) };
}

export function consoleLogOf(config: LocalConfig): string {
  return layoutFor(config.local).consoleLog;
}
