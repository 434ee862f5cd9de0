// `npm run bench:ingest [-- --docs N --workers W --batch-size B --warmup N]`: end-to-end ingest throughput
// into the local Neo4j beside extract-only throughput of the same generated documents, their
// ratio (bar >= 0.5) and the ingest process's peak RSS (bar < 500 MB). Each phase runs in its own
// process so the memory figure is the ingest's alone. It CLEARS the graph it benchmarks on (before
// and after), so it refuses a non-loopback NEO4J_URI.
// Warm-up (--warmup N, default 2000; 0 for none): a freshly started Neo4j spends its first
// minutes compiling its own code (the JVM's JIT threads used 73 s of CPU during the first 10,000
// documents after a start, 7 s during the third run), which is a cost of the server's start, not of
// writing. So N other generated documents (another seed) are ingested first and cleared away,
// unmeasured, as any benchmark of a JVM warms it up; `--warmup 0` right after `neo4j start`
// measures the cold case.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../src/config.ts";
import { closeDriver, createDriver, readQuery, writeQuery } from "../src/graph/driver.ts";
import { migrate } from "../src/graph/migrate.ts";
import { ensureReferenceData } from "../src/graph/reference-data.ts";
import { loadGazetteer } from "../ingest/gazetteer/index.ts";
import { DEFAULT_BATCH_SIZE, createExtractor, ingest } from "../ingest/ingest.ts";
import { referenceDataOf } from "../ingest/reference.ts";
import { readDocuments } from "../ingest/sources.ts";
import { mapOrdered } from "../ingest/workers/pool.ts";
import { isLoopbackUri } from "../src/neo4j/server-config.ts";
import { generatedCorpus } from "./ingest-corpus.ts";

type Phase = { phase: string; documents: number; events: number; seconds: number; maxRssMb: number; failed: number; heapMb: number; heapPeakMb: number; cpuSeconds: number };

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number.parseInt(process.argv[i + 1] ?? "", 10) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a non-negative integer`);
  return v;
}
const FILE = fileURLToPath(new URL("../.bench/ingest-corpus.jsonl", import.meta.url));
const WARMUP_FILE = fileURLToPath(new URL("../.bench/ingest-warmup.jsonl", import.meta.url));
const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);
const heap = () => Math.round(process.memoryUsage().heapUsed / 1048576);
/** The main thread's heap at its largest (sampled): what of the peak RSS is not the workers'. */
let heapPeak = 0;
const sampler = setInterval(() => { heapPeak = Math.max(heapPeak, process.memoryUsage().heapTotal); }, 200);
sampler.unref();
const heapPeakMb = () => Math.round(heapPeak / 1048576);
/** CPU of the whole process, worker threads included. */
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

/**
 * CPU seconds the Neo4j server has used (JMX). On a loaded machine the wall-clock ratio mostly
 * measures the scheduler (the server's threads get their own share); CPU seconds do not.
 */
async function serverCpu(config: ReturnType<typeof loadConfig>): Promise<number | null> {
  const driver = createDriver(config);
  try {
    const rows = await readQuery<{ ns: number }>(driver, config, { text: "CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes RETURN attributes.ProcessCpuTime.value AS ns", params: {} });
    return typeof rows[0]?.ns === "number" ? rows[0].ns / 1e9 : null;
  } catch {
    return null;
  } finally {
    await closeDriver(driver);
  }
}

async function extractPhase(workers: number): Promise<Phase> {
  const extractor = createExtractor(workers);
  const started = Date.now();
  let documents = 0;
  let events = 0;
  let failed = 0;
  try {
    const results = mapOrdered(readDocuments([FILE]), async (item) => ("doc" in item ? extractor.extract(item.doc) : null), 32);
    for await (const r of results) {
      if (r) { documents++; events += r.events.length; } else failed++;
    }
  } finally {
    await extractor.close();
  }
  return { phase: "extract", documents, events, seconds: (Date.now() - started) / 1000, maxRssMb: rss(), failed, heapMb: heap(), heapPeakMb: heapPeakMb(), cpuSeconds: cpu() };
}

async function ingestPhase(workers: number, batchSize: number, file = FILE): Promise<Phase> {
  const config = loadConfig();
  const driver = createDriver(config);
  const extractor = createExtractor(workers);
  try {
    const started = Date.now();
    const report = await ingest({ inputs: [file], extractor, graph: { driver, settings: config }, batchSize });
    return { phase: "ingest", documents: report.created + report.replaced + report.unchanged, events: report.events, seconds: (Date.now() - started) / 1000, maxRssMb: rss(), failed: report.failed, heapMb: heap(), heapPeakMb: heapPeakMb(), cpuSeconds: cpu() };
  } finally {
    await extractor.close();
    await closeDriver(driver);
  }
}

function child(phase: string, args: readonly string[]): Promise<Phase> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--phase", phase, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d: Buffer) => { out += d.toString(); });
    p.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!) as Phase) : reject(new Error(`${phase} phase exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const workers = arg("workers", 2);
  const batchSize = arg("batch-size", DEFAULT_BATCH_SIZE); // the CLI's
  const phaseAt = process.argv.indexOf("--phase");
  if (phaseAt >= 0) {
    const phase = process.argv[phaseAt + 1];
    const result = phase === "extract" ? await extractPhase(workers) : await ingestPhase(workers, batchSize, phase === "warmup" ? WARMUP_FILE : FILE);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const docs = arg("docs", 10_000);
  const config = loadConfig();
  if (!isLoopbackUri(config.neo4j.uri)) throw new Error(`bench:ingest clears the graph it runs on: refusing non-loopback NEO4J_URI ${config.neo4j.uri}`);
  process.stderr.write(`bench:ingest CLEARS the graph at ${config.neo4j.uri} (database ${config.neo4j.database}).\n`);

  mkdirSync(fileURLToPath(new URL("../.bench/", import.meta.url)), { recursive: true });
  writeFileSync(FILE, [...generatedCorpus(docs, 2024)].map((d) => JSON.stringify(d)).join("\n") + "\n");
  process.stderr.write(`generated ${docs} documents in ${FILE}\n`);

  const warmup = arg("warmup", 2000);
  const passArgs = ["--workers", String(workers), "--batch-size", String(batchSize)];
  const prepare = async () => {
    const driver = createDriver(config);
    try {
      await clear(driver, config);
      await migrate(driver, config);
      await ensureReferenceData(driver, config, referenceDataOf(loadGazetteer()));
    } finally {
      await closeDriver(driver);
    }
  };
  await prepare();
  if (warmup > 0) {
    writeFileSync(WARMUP_FILE, [...generatedCorpus(warmup, 99)].map((d) => JSON.stringify(d)).join("\n") + "\n");
    const w = await child("warmup", passArgs);
    process.stderr.write(`warm-up: ${w.documents} other documents ingested in ${w.seconds.toFixed(1)} s (not measured), then cleared\n`);
    await prepare();
  }
  const extract = await child("extract", passArgs);
  const server0 = await serverCpu(config);
  const ingested = await child("ingest", passArgs);
  const server1 = await serverCpu(config);
  const serverSeconds = server0 !== null && server1 !== null ? server1 - server0 : null;
  const dps = (p: Phase) => p.documents / p.seconds;
  const eps = (p: Phase) => p.events / p.seconds;
  const ratio = dps(ingested) / dps(extract);
  const lines = [
    `documents: ${docs} generated, ${workers} extraction workers, ${batchSize} documents per transaction, Neo4j warmed up by ${warmup} other documents`,
    `extract only: ${dps(extract).toFixed(1)} documents/s, ${eps(extract).toFixed(1)} events/s (${extract.seconds.toFixed(1)} s, peak RSS ${extract.maxRssMb} MB, main heap at end ${extract.heapMb} MB, main heap peak ${extract.heapPeakMb} MB)`,
    `ingest (end to end into Neo4j): ${dps(ingested).toFixed(1)} documents/s, ${eps(ingested).toFixed(1)} events/s (${ingested.seconds.toFixed(1)} s, ${ingested.failed} failed, main heap at end ${ingested.heapMb} MB, main heap peak ${ingested.heapPeakMb} MB)`,
    `ratio ingest/extract: ${ratio.toFixed(2)} (bar >= 0.5: ${ratio >= 0.5 ? "met" : "NOT met"})`,
    `ingest peak RSS: ${ingested.maxRssMb} MB (bar < 500 MB: ${ingested.maxRssMb < 500 ? "met" : "NOT met"})`,
    `CPU: extract-only ${extract.cpuSeconds.toFixed(1)} s; ingest ${ingested.cpuSeconds.toFixed(1)} s + Neo4j server ${serverSeconds === null ? "unknown" : `${serverSeconds.toFixed(1)} s`}` +
      (serverSeconds === null ? "" : `; CPU-bound ratio (what a machine without other load gives): ${(extract.cpuSeconds / (ingested.cpuSeconds + serverSeconds)).toFixed(2)}`),
  ];
  for (const l of lines) process.stdout.write(`${l}\n`);
  // leave the database as small as found: other tools clear it in one transaction
  const after = createDriver(config);
  try {
    await clear(after, config);
  } finally {
    await closeDriver(after);
  }
}

/** Deletes every node in batches, so a large graph does not need one huge transaction. */
async function clear(driver: ReturnType<typeof createDriver>, config: ReturnType<typeof loadConfig>): Promise<void> {
  while ((await writeQuery<{ n: number }>(driver, config, { text: "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n", params: {} }))[0]?.n) { /* next batch */ }
}

await main();
