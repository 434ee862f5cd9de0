// `entente ingest` and `entente delete`: the graph's write commands.
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { type Config, loadConfig } from "../config.ts";
import { readGraphTotals } from "../graph/cypher/reads.ts";
import { closeDriver, createDriver, type GraphDriver, readQuery } from "../graph/driver.ts";
import { migrate } from "../graph/migrate.ts";
import { ensureReferenceData } from "../graph/reference-data.ts";
import { DEFAULT_BATCH_SIZE, createExtractor, deleteDocument, ingest, type IngestProgress, type IngestReport } from "../../ingest/ingest.ts";
import type { StartStep } from "./start.ts";

/** The sample corpus the project ships (ingested by `npm start`). */
export const SAMPLE_CORPUS = fileURLToPath(new URL("../../ingest/sample/news.jsonl", import.meta.url));

async function loadReference(driver: GraphDriver, config: Config): Promise<boolean> {
  const [{ loadGazetteer }, { referenceDataOf }] = await Promise.all([import("../../ingest/gazetteer/index.ts"), import("../../ingest/reference.ts")]);
  return ensureReferenceData(driver, config, referenceDataOf(loadGazetteer()));
}

/** `npm start`: reference data and the sample corpus (documents already there are skipped by hash). */
export const ingestSampleStep: StartStep = async ({ config, driver, log }) => {
  if (await loadReference(driver, config)) log("Reference data (countries, organizations, people) loaded.");
  const extractor = createExtractor(1);
  try {
    const report = await ingest({ inputs: [SAMPLE_CORPUS], extractor, graph: { driver, settings: config } });
    log(`Sample corpus: ${report.created} new, ${report.unchanged} already there, ${report.failed} failed (${SAMPLE_CORPUS}).`);
  } finally {
    await extractor.close();
  }
};

type Totals = { documents: number; events: number; stories: number; mentions: number; relations: number };

const rate = (n: number, s: number) => (s > 0 ? (n / s).toFixed(1) : "0.0");

export function formatReport(r: IngestReport, totals: Totals | null): string[] {
  const lines = [
    `${r.dryRun ? "Dry run (nothing written): " : ""}documents new ${r.created}, unchanged ${r.unchanged}, replaced ${r.replaced}, failed ${r.failed}` +
      ` in ${r.seconds.toFixed(1)} s (${rate(r.created + r.replaced + r.unchanged, r.seconds)} documents/s)`,
    `extracted ${r.events} events (${rate(r.events, r.seconds)} events/s), wrote ${r.mentions} mentions`,
  ];
  if (totals) lines.push(`graph now: ${totals.documents} documents, ${totals.events} events, ${totals.mentions} mentions, ${totals.stories} stories, ${totals.relations} relations`);
  return lines;
}

/** A bar on a terminal; a plain line every few seconds otherwise (logs, CI). */
function progressReporter(): { update(p: IngestProgress): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: "ingest {value} documents | {dps} documents/s | {events} events ({eps}/s) | {failed} failed",
      hideCursor: true,
    }, cliProgress.Presets.shades_classic);
    bar.start(0, 0, { dps: "0.0", events: 0, eps: "0.0", failed: 0 });
    return {
      update: (p) => bar.update(p.documents, { dps: rate(p.documents, p.seconds), events: p.events, eps: rate(p.events, p.seconds), failed: p.failed }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (p) => {
      if (p.seconds - last < 5) return;
      last = p.seconds;
      process.stderr.write(`ingest: ${p.documents} documents (${rate(p.documents, p.seconds)}/s), ${p.events} events (${rate(p.events, p.seconds)}/s), ${p.failed} failed\n`);
    },
    stop: () => undefined,
  };
}

export function registerGraph(program: Command): void {
  program.command("ingest").description("Extract events from documents and write them to the graph (idempotent, resumable)")
    .argument("<inputs...>", "JSONL files, text files, directories, or - for JSONL on stdin")
    .option("--dry-run", "extract and report, write nothing", false)
    .option("--batch-size <n>", "documents per transaction", (v) => Number.parseInt(v, 10), DEFAULT_BATCH_SIZE)
    .option("--workers <n>", "extraction worker threads (0: on the main thread)", (v) => Number.parseInt(v, 10), 2)
    .action(async (inputs: string[], opts: { dryRun: boolean; batchSize: number; workers: number }) => {
      if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1) throw new Error("--batch-size must be a positive integer");
      if (!Number.isInteger(opts.workers) || opts.workers < 0) throw new Error("--workers must be 0 or a positive integer");
      const config = loadConfig();
      const extractor = createExtractor(opts.workers);
      const driver = opts.dryRun ? null : createDriver(config);
      const progress = progressReporter();
      try {
        if (driver) {
          await migrate(driver, config);
          if (await loadReference(driver, config)) process.stderr.write("Reference data (countries, organizations, people) loaded.\n");
        }
        const report = await ingest({
          inputs, extractor, dryRun: opts.dryRun, batchSize: opts.batchSize,
          graph: driver ? { driver, settings: config } : null,
          onProgress: (p) => progress.update(p),
          onFailure: (f) => process.stderr.write(`\n${f.input}: ${f.message}\n`),
        });
        progress.stop();
        const totals = driver ? (await readQuery<Totals>(driver, config, readGraphTotals()))[0] ?? null : null;
        for (const line of formatReport(report, totals)) process.stdout.write(`${line}\n`);
        if (report.failed > 0) process.exitCode = 1;
      } finally {
        progress.stop();
        await extractor.close();
        if (driver) await closeDriver(driver);
      }
    });

  program.command("delete").description("Delete documents: their mentions go, events left without mentions go, summaries stay exact")
    .argument("<ids...>", "document ids")
    .action(async (ids: string[]) => {
      const config = loadConfig();
      const driver = createDriver(config);
      try {
        const deleted = await deleteDocument(driver, config, ids);
        process.stdout.write(`Deleted ${deleted} of ${ids.length} document(s).\n`);
        if (deleted < ids.length) process.exitCode = 1;
      } finally {
        await closeDriver(driver);
      }
    });
}
