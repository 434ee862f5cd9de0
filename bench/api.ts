// `npm run bench:api`: builds (or reuses) a generated graph of >= 100,000 events in the LOCAL
// Neo4j of NEO4J_URI (refused unless loopback: it empties that graph), starts `entente serve` in a
// child process, and loads it with autocannon: a mix of typical queries at concurrency 1, 10 and
// 50, and single-entity queries at concurrency 10 (bar: p99 < 50 ms, zero errors).
// Options: --events N (default 100000), --duration S per run (default 10), --regenerate,
// --only single|mix (one workload), --per-query (each query of the workload alone at concurrency 1,
// to see which one costs what), --node-arg A (repeatable: passed to the server's node, e.g.
// --node-arg --cpu-prof). Each row also gives the CPU milliseconds per request spent
// by the API process and by the local Neo4j (from /proc): on a shared machine, where latency is
// noise, that is the cost to compare. Each run starts once the server and Neo4j are idle again
// (the "settled" column: how long the previous run's backlog took to drain).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadConfig } from "../src/config.ts";
import { closeDriver, createDriver } from "../src/graph/driver.ts";
import { migrate } from "../src/graph/migrate.ts";
import { layoutFor } from "../src/neo4j/layout.ts";
import { isLoopbackUri } from "../src/neo4j/server-config.ts";
import { existingBenchGraph, generateBenchGraph, type BenchGraphInfo } from "./api-graph.ts";
import { rng } from "./rng.ts";

type Req = { method: string; path: string; headers: Record<string, string>; body: string };
type Result = { requests: { average: number }; non2xx: number; errors: number; timeouts: number; duration: number };
type Instance = { on(event: "response", cb: (client: unknown, status: number, bytes: number, ms: number) => void): void };
type Autocannon = ((opts: Record<string, unknown>, cb: (err: Error | null, r: Result) => void) => Instance);
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EVENTS = flag("events", 100_000);
const DURATION = flag("duration", 10);
const ONLY = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
// The server runs with the V8 flags `npm start` and the Docker image give it (SERVER_NODE_ARGS in
// package.json's start script), then any --node-arg.
const SERVER_NODE_ARGS = ["--max-semi-space-size=32"];
const NODE_ARGS = [...SERVER_NODE_ARGS, ...args.flatMap((a, i) => (a === "--node-arg" && args[i + 1] !== undefined ? [args[i + 1]!] : []))];
const log = (s: string) => process.stderr.write(`[bench:api] ${s}\n`);

type Query = { name: string; make: (pick: <T>(xs: readonly T[]) => T, g: BenchGraphInfo) => { query: string; variables: Record<string, unknown> } };

// Typical analyst queries: the mix.
const MIX: Query[] = [
  { name: "country+relations+events", make: (p, g) => ({ query: "query($c: String) { country(code: $c) { name relations(first: 5) { counterpart { key } events weight } events(first: 10) { edges { node { id type date source { key } target { key } } } } } }", variables: { c: p(g.countries) } }) },
  { name: "events by actor and types", make: (p, g) => ({ query: "query($a: String, $t: [EventType!]) { events(filter: {actor: $a, types: $t}, first: 20) { totalCount edges { node { id type date stories source { key } target { key } } } } }", variables: { a: p(g.countries), t: [p(["AGREE", "ASSAULT", "CONSULT", "SANCTION"]), p(["AID", "THREATEN"])] } }) },
  { name: "relationship", make: (p, g) => ({ query: "query($a: String!, $b: String!) { relationship(a: $a, b: $b) { total countsByType { type count } series { month net } trend { slope direction } events(first: 10) { edges { node { id type date } } } } }", variables: { a: g.countries[0], b: p(g.countries.slice(1, 15)) } }) },
  { name: "partners", make: (p, g) => ({ query: "query($a: String!, $k: PartnerKind!) { partners(actor: $a, kind: $k, range: {from: \"2020\"}, first: 10) { actor { key name } score events } }", variables: { a: p(g.countries), k: p(["COOPERATIVE", "HOSTILE"]) } }) },
  { name: "event+evidence", make: (p, g) => ({ query: "query($id: ID!) { event(id: $id) { type date source { name } target { name } people { person { name } role } evidence { sentence { text start end } document { id published } } stories } }", variables: { id: p(g.eventIds) } }) },
  { name: "person+events", make: (p, g) => ({ query: "query($n: String!) { person(name: $n) { name offices { title actor { key } } events(first: 10) { edges { node { id type date } } } } }", variables: { n: p(g.people) } }) },
  { name: "search", make: (p, g) => ({ query: "query($t: String!) { search(text: $t, first: 10) { names { score entity { __typename } } sentences { score sentence { id text } } } }", variables: { t: `${p(g.words)} ${p(g.countries)}` } }) },
  { name: "timeline", make: (p, g) => ({ query: "query($a: String!) { timeline(actor: $a, range: {from: \"2023\", to: \"2024\"}, first: 20) { trend { slope } events { edges { node { id date type } } } } }", variables: { a: p(g.countries) } }) },
  { name: "path", make: (p, g) => ({ query: "query($a: String!, $b: String!) { path(from: $a, to: $b, maxHops: 3) { length hops { from { key } to { key } sample { id } } } }", variables: { a: p(g.countries), b: p(g.organizations) } }) },
  { name: "documents", make: () => ({ query: "{ documents(first: 20) { edges { node { id published source } } } }", variables: {} }) },
];

// Single-entity lookups: the p99 < 50 ms bar.
const SINGLE: Query[] = [
  { name: "country", make: (p, g) => ({ query: "query($c: String) { country(code: $c) { key name aliases } }", variables: { c: p(g.countries) } }) },
  { name: "event", make: (p, g) => ({ query: "query($id: ID!) { event(id: $id) { id type date source { key } target { key } evidence { sentence { text } document { id } } } }", variables: { id: p(g.eventIds) } }) },
  { name: "person", make: (p, g) => ({ query: "query($n: String!) { person(name: $n) { key name offices { title } } }", variables: { n: p(g.people) } }) },
  { name: "document", make: (p, g) => ({ query: "query($id: ID!) { document(id: $id) { id source published sameStory { document { id } } } }", variables: { id: p(g.documentIds) } }) },
  { name: "organization", make: (p, g) => ({ query: "query($k: String!) { organization(key: $k) { key name members { country { key } } } }", variables: { k: p(g.organizations) } }) },
];

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** CPU time (user + system) of a process so far, in ms; NaN where /proc is missing. */
function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    // Fields after the ")" of the command name: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

type Pids = Readonly<{ api: number | undefined; neo4j: number | undefined }>;

async function load(url: string, queries: Query[], g: BenchGraphInfo, connections: number, duration: number, pids: Pids = { api: undefined, neo4j: undefined }) {
  const random = rng(connections * 7919 + queries.length);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const settled = await settle(pids);
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const cpu0 = [cpuMs(pids.api), cpuMs(pids.neo4j)] as const;
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon({
      url, connections, duration, timeout: 10,
      requests: [{
        method: "POST",
        setupRequest: (req: Req) => {
          const q = pick(queries).make(pick, g);
          return { ...req, headers: { "content-type": "application/json" }, body: JSON.stringify(q) };
        },
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes("\"errors\"")) graphqlErrors++;
        },
      }],
    }, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on("response", (_c, _s, _b, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  const perRequest = (before: number, after: number) => Math.round(((after - before) / Math.max(1, latencies.length)) * 100) / 100;
  return {
    connections,
    requests: latencies.length,
    rps: Math.round(latencies.length / result.duration),
    p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99),
    errors: result.non2xx + result.errors + result.timeouts + graphqlErrors, settledMs: settled,
    apiCpuMs: perRequest(cpu0[0], cpuMs(pids.api)), neo4jCpuMs: perRequest(cpu0[1], cpuMs(pids.neo4j)),
  };
}

/**
 * Waits until the API server and Neo4j are idle (each under 10% of a core over 250 ms, at most
 * 30 s), so that the backlog of one run (requests still running in the server when autocannon's
 * time was up: at concurrency 50, up to 50 queries) is not charged to the next run. Returns ms waited.
 */
async function settle(pids: Pids): Promise<number> {
  const t0 = Date.now();
  let prev = [cpuMs(pids.api), cpuMs(pids.neo4j)];
  while (Date.now() - t0 < 30_000) {
    await new Promise((r) => setTimeout(r, 250));
    const now = [cpuMs(pids.api), cpuMs(pids.neo4j)];
    const busy = now.some((v, i) => v - prev[i]! > 25); // NaN (no /proc) compares false: not busy
    prev = now;
    if (!busy) break;
  }
  return Date.now() - t0;
}

async function waitReady(base: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/ready`)).status === 200) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${base} not ready after ${ms} ms`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!isLoopbackUri(config.neo4j.uri)) throw new Error(`bench:api empties the graph at NEO4J_URI; refusing the non-loopback ${config.neo4j.uri}`);
  const driver = createDriver(config);
  let info: BenchGraphInfo;
  try {
    await migrate(driver, config);
    const reuse = !args.includes("--regenerate") && (await existingBenchGraph(driver, config, EVENTS));
    if (reuse) log(`reusing the generated graph of ${EVENTS} events (--regenerate to rebuild)`);
    info = await generateBenchGraph(driver, config, EVENTS, log, !reuse);
  } finally {
    await closeDriver(driver);
  }

  const base = `http://127.0.0.1:${config.port}`;
  const server = spawn(process.execPath, [...NODE_ARGS, "bin/entente.mjs", "serve", "--port", String(config.port)], {
    cwd: new URL("..", import.meta.url).pathname, env: { ...process.env, INGEST_API_KEY: "", LOG_LEVEL: "warn" }, stdio: ["ignore", "ignore", "inherit"],
  });
  let neo4jPid: number | undefined;
  try {
    neo4jPid = Number(readFileSync(`${layoutFor(config.local).homeDir}/run/neo4j.pid`, "utf8").trim()) || undefined;
  } catch { /* not a local instance: no Neo4j CPU column */ }
  const pids: Pids = { api: server.pid, neo4j: neo4jPid };
  try {
    await waitReady(base, 60_000);
    log(`server ready at ${base}; warming up`);
    await load(`${base}/graphql`, ONLY === "single" ? SINGLE : ONLY === "mix" ? MIX : [...MIX, ...SINGLE], info, 10, 5, pids);
    const rows: Record<string, unknown>[] = [];
    if (args.includes("--per-query")) {
      for (const q of ONLY === "single" ? SINGLE : ONLY === "mix" ? MIX : [...MIX, ...SINGLE]) {
        const r = await load(`${base}/graphql`, [q], info, 1, DURATION, pids);
        rows.push({ workload: q.name, ...r });
        log(`${q.name}: ${JSON.stringify(r)}`);
      }
    } else if (ONLY !== "single") {
      for (const c of [1, 10, 50]) {
        const r = await load(`${base}/graphql`, MIX, info, c, DURATION, pids);
        rows.push({ workload: "mix", ...r });
        log(`mix c=${c}: ${JSON.stringify(r)}`);
      }
    }
    const single = ONLY === "mix" || args.includes("--per-query") ? undefined : await load(`${base}/graphql`, SINGLE, info, 10, DURATION, pids);
    if (single) rows.push({ workload: "single-entity", ...single });
    const ms = (x: unknown) => (typeof x === "number" ? Math.round(x * 10) / 10 : x);
    console.log(`\nAPI benchmark: ${EVENTS} events, ${DURATION} s per run, Neo4j ${config.neo4j.uri}\n`);
    console.log("| workload | conns | requests | req/s | p50 ms | p95 ms | p99 ms | errors | API CPU ms/req | Neo4j CPU ms/req | settled ms |");
    console.log("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const r of rows) console.log(`| ${r.workload} | ${r.connections} | ${r.requests} | ${r.rps} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${r.apiCpuMs} | ${r.neo4jCpuMs} | ${r.settledMs} |`);
    const bar = single ? (single.p99 as number) < 50 && single.errors === 0 : undefined;
    if (single) console.log(`\nsingle-entity bar (p99 < 50 ms, zero errors at concurrency 10): ${bar ? "MET" : "NOT MET"}`);
    mkdirSync(".bench", { recursive: true });
    writeFileSync(".bench/api.json", JSON.stringify({ events: EVENTS, duration: DURATION, rows, bar }, null, 2));
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

main().catch((err) => {
  process.stderr.write(`bench:api: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
