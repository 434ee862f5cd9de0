// `entente extract`: news documents to the GUIDELINES JSONL on stdout, errors on stderr.
import { InvalidArgumentError, type Command } from "commander";
import { availableParallelism } from "node:os";
import type { Writable } from "node:stream";

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 64) throw new InvalidArgumentError("must be an integer from 0 (no threads) to 64");
  return n;
}

/** Writes with backpressure; resolves false once the reader has gone away (EPIPE: `| head`). */
function writer(stream: Writable): { write(line: string): Promise<boolean> } {
  let closed = false;
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") closed = true;
    else throw err;
  });
  return {
    async write(line: string): Promise<boolean> {
      if (closed) return false;
      if (!stream.write(line)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off("drain", done);
            stream.off("close", done);
            resolve();
          };
          stream.on("drain", done);
          stream.on("close", done);
        });
      }
      return !closed;
    },
  };
}

export interface ExtractRunOptions { readonly workers?: number }

/** Runs the extraction; returns the number of failed documents or files. */
export async function runExtract(inputs: readonly string[], options: ExtractRunOptions, out: Writable, err: Writable): Promise<number> {
  // Loaded on use: the extraction pipeline (compromise, gazetteer) is heavy for other commands.
  const { extractStream } = await import("../../ingest/pipeline.ts");
  const { toJsonLine, errorLine } = await import("../../ingest/output.ts");
  const stdout = writer(out);
  let failures = 0;
  for await (const item of extractStream(inputs, { ...(options.workers !== undefined && { workers: options.workers }) })) {
    if ("error" in item) {
      failures++;
      err.write(`entente extract: ${errorLine(item.error)}\n`);
    } else if (!(await stdout.write(`${toJsonLine(item.result)}\n`))) {
      break;
    }
  }
  return failures;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract PLOVER events and entities from news documents; prints one JSON line per document (../shared/eval/GUIDELINES.md)")
    .argument("<inputs...>", "file.jsonl (one document a line), file.txt (id = file name), a directory of them, or - (JSONL on stdin)")
    .option("-w, --workers <n>", `worker threads, 0 for none (default: ${Math.min(2, availableParallelism())})`, parseWorkers)
    .action(async (inputs: string[], opts: { workers?: number }) => {
      const failures = await runExtract(inputs, opts, process.stdout, process.stderr);
      if (failures > 0) {
        process.stderr.write(`entente extract: ${failures} input${failures === 1 ? "" : "s"} failed\n`);
        process.exitCode = 1;
      }
    });
}
