// The mutations' ingest: ingest/ingest.ts fed the request's documents as JSONL on its `-` input,
// with one extractor (worker pool) for the life of the server, created on first use.
import { createExtractor, deleteDocument, ingest, type Extractor } from "../../ingest/ingest.ts";
import type { GraphDriver, GraphSettings } from "../graph/driver.ts";
import type { IngestPort } from "./ingest-port.ts";

export function createIngestPort(driver: GraphDriver, settings: GraphSettings, workers = 1): IngestPort {
  let extractor: Extractor | undefined;
  // One ingest at a time per server: the writer takes a graph-wide lock anyway.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    ingest: (documents) => serial(async () => {
      extractor ??= createExtractor(workers);
      const lines = documents.map((d) => `${JSON.stringify(d)}\n`);
      const report = await ingest({ inputs: ["-"], stdin: (async function* () { yield* lines; })(), extractor, graph: { driver, settings } });
      return report;
    }),
    deleteDocument: (id) => serial(async () => ({ id, deleted: (await deleteDocument(driver, settings, [id])) > 0 })),
    close: async () => {
      await extractor?.close();
      extractor = undefined;
    },
  };
}
