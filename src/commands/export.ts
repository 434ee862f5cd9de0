// `entente export --format graphml|csv|json|cypher [filters] [--out file|dir]`: the graph, or the
// events a filter selects with their neighbourhood, for Gephi, pandas or another Neo4j.
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { type Command, Option } from "commander";
import { loadConfig } from "../config.ts";
import { closeDriver, createDriver } from "../graph/driver.ts";
import { CONSTRAINTS_FILE, splitStatements } from "../graph/migrate.ts";
import { EXPORT_FORMATS, type ExportFormat, type TextSink, exportGraph } from "../graph/export/run-export.ts";
import type { ExportFilter } from "../graph/export/queries.ts";

const list = (v: string, prev: string[] = []) => [...prev, ...v.split(",").map((s) => s.trim()).filter(Boolean)];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type Raw = { format: ExportFormat; actor?: string[]; from?: string; to?: string; types?: string[]; out?: string; pageSize: string };

/** Checks the options (pure); throws one error listing every problem. */
export function filterOf(raw: Raw): ExportFilter {
  const problems: string[] = [];
  for (const [k, v] of [["--from", raw.from], ["--to", raw.to]] as const) {
    if (v !== undefined && !DATE.test(v)) problems.push(`${k} must be YYYY, YYYY-MM or YYYY-MM-DD (got "${v}")`);
  }
  const types = raw.types?.map((t) => t.toUpperCase());
  if (problems.length) throw new Error(problems.join("; "));
  return { actors: raw.actor?.map((a) => a.toUpperCase()), from: raw.from, to: raw.to, types };
}

function fileSink(stream: WriteStream): TextSink {
  return {
    write: async (chunk) => {
      if (!stream.write(chunk)) await once(stream, "drain");
    },
  };
}

async function closeStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

export function registerExport(program: Command): void {
  program.command("export")
    .description("Export the graph (or the events a filter selects, with their actors, places, people, sentences, documents and stories)")
    .addOption(new Option("-f, --format <format>", "output format").choices(EXPORT_FORMATS).makeOptionMandatory())
    .option("--actor <keys>", "events with one of these actors (ISO alpha-3 or organization key) as source or target; comma-separated or repeated", list)
    .option("--from <date>", "events dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "events dated on or before")
    .option("--types <types>", "PLOVER types, comma-separated (e.g. AGREE,ASSAULT)", list)
    .option("-o, --out <path>", "output file (graphml, json, cypher; default stdout) or directory (csv: nodes.csv and edges.csv)")
    .option("--page-size <n>", "nodes read per query", "500")
    .action(async (raw: Raw) => {
      const filter = filterOf(raw);
      const pageSize = Number(raw.pageSize);
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10_000) throw new Error("--page-size must be an integer in 1..10000");
      if (raw.format === "csv" && !raw.out) throw new Error("--out <dir> is required for csv (it writes nodes.csv and edges.csv)");
      const config = loadConfig();
      const constraints = raw.format === "cypher" ? splitStatements(await readFile(CONSTRAINTS_FILE, "utf8")) : [];
      const streams: WriteStream[] = [];
      let main: TextSink;
      let edges: TextSink | undefined;
      if (raw.format === "csv") {
        await mkdir(raw.out!, { recursive: true });
        const n = createWriteStream(join(raw.out!, "nodes.csv"));
        const e = createWriteStream(join(raw.out!, "edges.csv"));
        streams.push(n, e);
        main = fileSink(n);
        edges = fileSink(e);
      } else if (raw.out) {
        const s = createWriteStream(raw.out);
        streams.push(s);
        main = fileSink(s);
      } else {
        main = { write: async (c) => { if (!process.stdout.write(c)) await once(process.stdout, "drain"); } };
      }
      const driver = createDriver(config);
      try {
        const counts = await exportGraph(driver, config, { format: raw.format, filter, pageSize, constraints }, { main, ...(edges ? { edges } : {}) });
        for (const s of streams) await closeStream(s);
        const where = raw.out ?? "stdout";
        process.stderr.write(`Exported ${counts.nodes} nodes and ${counts.relationships} relationships as ${raw.format} to ${where}.\n`);
      } finally {
        await closeDriver(driver);
      }
    });
}
