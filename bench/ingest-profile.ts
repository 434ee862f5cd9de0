// `tsx bench/ingest-profile.ts [--docs N --batch-size B]`: the write side alone. Extracts the
// generated documents once (cached in .bench/), then writes them batch by batch into the local
// Neo4j (CLEARED first) and prints where the time goes: each statement's total, the commits, and
// the CPU the main thread and (when --neo4j-pid is given) the Neo4j server spent.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../src/config.ts";
import { closeDriver, createDriver, toPlain, writeQuery } from "../src/graph/driver.ts";
import { migrate } from "../src/graph/migrate.ts";
import { ensureReferenceData } from "../src/graph/reference-data.ts";
import { inWriteTransaction, type TxRun } from "../src/graph/transaction.ts";
import { loadGazetteer } from "../ingest/gazetteer/index.ts";
import { createExtractor } from "../ingest/ingest.ts";
import { referenceDataOf } from "../ingest/reference.ts";
import { isLoopbackUri } from "../src/neo4j/server-config.ts";
import { applyBatch, prepareDocument, type PreparedDocument } from "../ingest/write.ts";
import { mapOrdered } from "../ingest/workers/pool.ts";
import type { ExtractionResult } from "../ingest/types.ts";
import { generatedCorpus } from "./ingest-corpus.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number.parseInt(process.argv[i + 1] ?? "", 10) : fallback;
}
const docs = arg("docs", 2000);
const batchSize = arg("batch-size", 100);
const neo4jPid = arg("neo4j-pid", 0);
const config = loadConfig();
if (!isLoopbackUri(config.neo4j.uri)) throw new Error("refusing a non-loopback NEO4J_URI");

const driver = createDriver(config);
const cacheDir = fileURLToPath(new URL("../.bench/", import.meta.url));
mkdirSync(cacheDir, { recursive: true });
const cache = `${cacheDir}extracted-${docs}.json`;
const corpus = [...generatedCorpus(docs, 2024)];
let results: ExtractionResult[];
if (existsSync(cache)) results = JSON.parse(readFileSync(cache, "utf8")) as ExtractionResult[];
else {
  const extractor = createExtractor(2);
  results = [];
  async function* src() { yield* corpus; }
  for await (const r of mapOrdered(src(), (d) => extractor.extract(d), 32)) results.push(r);
  await extractor.close();
  writeFileSync(cache, JSON.stringify(results));
}
const t0 = performance.now();
const prepared: PreparedDocument[] = corpus.map((d, i) => prepareDocument(d, results[i]!));
const prepareMs = performance.now() - t0;

const explain = process.argv.includes("--explain");
type PlanNode = { operatorType: string; dbHits: number; rows: number; arguments: Record<string, unknown>; children: PlanNode[] };
function flatten(p: PlanNode, depth = 0): string[] {
  const details = String(p.arguments["Details"] ?? "").slice(0, 90);
  return [`${"  ".repeat(depth)}${p.operatorType} hits=${p.dbHits} rows=${p.rows} ${details}`, ...p.children.flatMap((c) => flatten(c, depth + 1))];
}
/** The last batch with every statement PROFILEd: its plan, with db hits per operator. */
async function profiled(batch: PreparedDocument[]): Promise<void> {
  const session = driver.session({ database: config.neo4j.database });
  const tx = session.beginTransaction();
  try {
    const run: TxRun = async (c) => {
      const r = await tx.run(`PROFILE ${c.text}`, c.params);
      const plan = r.summary.profile as unknown as PlanNode;
      console.log(`---- ${name(c.text)}\n${flatten(plan).join("\n")}`);
      return r.records.map((x) => toPlain(x.toObject())) as never;
    };
    await applyBatch(run, batch, new Date().toISOString());
    await tx.commit();
  } finally {
    await session.close();
  }
}

const neo4jCpu = (): number => {
  if (!neo4jPid) return 0;
  const f = readFileSync(`/proc/${neo4jPid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(f[11]) + Number(f[12])) * 10; // utime + stime, in ms at 100 Hz
};

const stats = new Map<string, { n: number; ms: number; kb: number }>();
const name = (text: string) => text.replace(/\s+/g, " ").slice(0, 60);
try {
  while ((await writeQuery<{ n: number }>(driver, config, { text: "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n", params: {} }))[0]?.n) { /* clear */ }
  await migrate(driver, config);
  await ensureReferenceData(driver, config, referenceDataOf(loadGazetteer()));
  // diagnosis only: --drop-index NAME measures what one index costs the writes
  for (let i = process.argv.indexOf("--drop-index"); i >= 0; i = process.argv.indexOf("--drop-index", i + 1)) {
    await writeQuery(driver, config, { text: `DROP INDEX ${process.argv[i + 1]!.replace(/[^a-z_]/g, "")} IF EXISTS`, params: {} });
  }
  const cpu0 = process.cpuUsage();
  const n0 = neo4jCpu();
  const started = performance.now();
  let inTx = 0;
  for (let i = 0; i < prepared.length; i += batchSize) {
    const batch = prepared.slice(i, i + batchSize);
    const b0 = performance.now();
    if (explain && i + batchSize >= prepared.length) { await profiled(batch); continue; }
    await inWriteTransaction(driver, config, async (run) => {
      const timed: TxRun = async (c) => {
        const s = performance.now();
        try { return await run(c); } finally {
          const k = name(c.text);
          const e = stats.get(k) ?? { n: 0, ms: 0, kb: 0 };
          e.n++; e.ms += performance.now() - s; e.kb += JSON.stringify(c.params).length / 1024; stats.set(k, e);
        }
      };
      const s = performance.now();
      const out = await applyBatch(timed, batch, new Date().toISOString());
      inTx += performance.now() - s;
      return out;
    }, 600_000);
    const ms = performance.now() - b0;
    if ((i / batchSize) % 10 === 0) process.stderr.write(`batch ${i / batchSize}: ${ms.toFixed(0)} ms\n`);
  }
  const total = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms);
  console.log(`docs ${docs} batch ${batchSize}: write ${total.toFixed(0)} ms (${(docs / total * 1000).toFixed(1)} docs/s), prepare ${prepareMs.toFixed(0)} ms`);
  console.log(`  in applyBatch ${inTx.toFixed(0)} ms, commit+session ${(total - inTx).toFixed(0)} ms; main CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; neo4j CPU ${neo4jCpu() - n0} ms`);
  // parameters sent, as JSON (a proxy for the Bolt bytes the driver packs and writes)
  for (const [k, v] of rows) console.log(`  ${v.ms.toFixed(0).padStart(7)} ms ${String(v.n).padStart(5)}x ${(v.kb / 1024).toFixed(1).padStart(6)} MB  ${k}`);
} finally {
  await closeDriver(driver);
}
