// `npm run bench:extract`: sentences/s of the full extraction pipeline (sources -> segment ->
// extract, in worker threads) beside plain compromise tagging (`nlp(text).json()`, one thread)
// of the same text in the same run, their ratio, and peak memory. Runs alternate between the two
// sides so that load from other processes hits both alike; medians of --runs runs are quoted.
//
//   npm run bench:extract -- [--sentences 50000] [--runs 3] [--workers N] [--corpus file.jsonl]
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
// The baseline is compromise itself, so the bench imports it directly (the pipeline does not).
import nlp from "compromise";
import { defaultWorkers, extractStream } from "../ingest/pipeline.ts";
import { segment } from "../ingest/stages/segment.ts";
import type { SourceDocument } from "../ingest/types.ts";

const { values } = parseArgs({
  options: {
    sentences: { type: "string", default: "50000" },
    runs: { type: "string", default: "3" },
    workers: { type: "string" },
    corpus: { type: "string" },
  },
});
const minSentences = Number(values.sentences);
const runs = Number(values.runs);
const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);

const CORPORA = [
  values.corpus,
  new URL("../../shared/corpus/seeds.jsonl", import.meta.url).pathname,
  new URL("../test/fixtures/corpus.jsonl", import.meta.url).pathname,
].filter((p): p is string => p !== undefined);
const corpusPath = CORPORA.find((p) => existsSync(p));
if (!corpusPath) {
  console.error(`bench:extract: no corpus found (tried ${CORPORA.join(", ")}); pass --corpus file.jsonl`);
  process.exit(2);
}
const seeds = readFileSync(corpusPath, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as SourceDocument);
const perPass = seeds.reduce((n, d) => n + segment(d.text).length, 0);
const passes = Math.ceil(minSentences / perPass);
const docs: SourceDocument[] = [];
for (let k = 0; k < passes; k++) for (const d of seeds) docs.push({ ...d, id: `${d.id}#${k}` });
const totalSentences = perPass * passes;

const dir = mkdtempSync(join(tmpdir(), "entente-bench-"));
const file = join(dir, "corpus.jsonl");
writeFileSync(file, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// process.cpuUsage() counts every thread of the process, workers included: CPU seconds per side
// give a cost ratio that does not depend on how busy the machine is.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
const cpu = { pipeline: [] as number[], baseline: [] as number[] };

async function pipelineRun(): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let sentences = 0;
  let events = 0;
  for await (const item of extractStream([file], { workers })) {
    if ("error" in item) throw new Error(`${item.error.input}: ${item.error.message}`);
    sentences += item.sentences;
    events += item.result.events.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  cpu.pipeline.push(cpuSeconds(c0));
  if (sentences !== totalSentences) throw new Error(`pipeline read ${sentences} sentences, expected ${totalSentences}`);
  console.log(`  pipeline  ${(sentences / seconds).toFixed(0).padStart(6)} sentences/s  (${seconds.toFixed(1)} s, ${cpu.pipeline.at(-1)!.toFixed(1)} CPU s, ${events} events)`);
  return sentences / seconds;
}

function baselineRun(): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let terms = 0;
  for (const d of docs) terms += (nlp(d.text).json() as unknown[]).length;
  const seconds = (performance.now() - t0) / 1000;
  cpu.baseline.push(cpuSeconds(c0));
  console.log(`  compromise ${(totalSentences / seconds).toFixed(0).padStart(5)} sentences/s  (${seconds.toFixed(1)} s, ${cpu.baseline.at(-1)!.toFixed(1)} CPU s, ${terms} sentences by its own splitter)`);
  return totalSentences / seconds;
}

console.log(`corpus ${corpusPath}: ${seeds.length} documents x ${passes} = ${docs.length} documents, ${totalSentences} sentences`);
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
console.log(`load average at start: ${load()} (the figures below share the machine with it)`);
console.log(`pipeline with ${workers} worker thread(s); baseline nlp(text).json() on the main thread; ${runs} runs each`);
const pipeline: number[] = [];
const baseline: number[] = [];
let pipelinePeakKb = 0;
try {
  for (let r = 0; r < runs; r++) {
    console.log(`run ${r + 1}`);
    pipeline.push(await pipelineRun());
    if (r === 0) pipelinePeakKb = process.resourceUsage().maxRSS; // before compromise runs here
    baseline.push(baselineRun());
    console.log(`  ratio     ${(pipeline[r]! / baseline[r]!).toFixed(2)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const p = median(pipeline);
const b = median(baseline);
console.log("");
console.log(`pipeline (median)       ${p.toFixed(0)} sentences/s`);
console.log(`compromise (median)     ${b.toFixed(0)} sentences/s`);
console.log(`ratio                   ${(p / b).toFixed(2)}  (bar: >= 1.0; median of per-run ratios ${median(pipeline.map((x, i) => x / baseline[i]!)).toFixed(2)})`);
const cpuRatio = median(cpu.baseline) / median(cpu.pipeline);
console.log(`CPU cost                pipeline ${(median(cpu.pipeline) / totalSentences * 1000).toFixed(2)} ms/sentence, compromise ${(median(cpu.baseline) / totalSentences * 1000).toFixed(2)} ms/sentence`);
console.log(`ratio on ${workers} idle core(s)   ${(cpuRatio * workers).toFixed(2)}  (CPU-cost ratio ${cpuRatio.toFixed(2)} x ${workers} workers, an upper bound)`);
console.log(`load average at end:   ${load()}`);
console.log(`peak RSS, first pipeline run (main + workers): ${mb(pipelinePeakKb)}`);
console.log(`peak RSS, whole bench:                         ${mb(process.resourceUsage().maxRSS)}`);
