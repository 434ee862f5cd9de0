// The ingest shell: stream documents -> skip the unchanged (by content hash) -> extract in worker
// threads -> write whole documents in batched transactions, one write in flight while the next
// batch is extracted. A transaction commits whole documents, so a kill at any moment leaves
// complete documents, and a rerun skips them by hash and writes the rest.
import { readQuery } from "../src/graph/driver.ts";
import type { GraphDriver, GraphSettings } from "../src/graph/driver.ts";
import { readDocumentShas } from "../src/graph/cypher/reads.ts";
import { inWriteTransaction } from "../src/graph/transaction.ts";
import { readDocuments, type SourceItem } from "./sources.ts";
import type { ExtractionResult, SourceDocument } from "./types.ts";
import { createPool, mapOrdered } from "./workers/pool.ts";
import { applyBatch, contentHash, deleteDocumentsTx, type PreparedDocument, prepareDocument } from "./write.ts";

export type Extractor = Readonly<{ extract(doc: SourceDocument): Promise<ExtractionResult>; close(): Promise<void> }>;

/** Extraction in worker threads (compromise is synchronous: threads are its only parallelism). */
export function createExtractor(workers: number): Extractor {
  if (workers === 0) {
    const pipeline = import("./pipeline.ts");
    return { extract: async (doc) => (await pipeline).extractDocument(doc), close: async () => undefined };
  }
  // the extractor's live heap is ~60 MB: a 160 MB old generation keeps each worker's RSS in check
  // (the ingest's bar is 500 MB for the whole process, workers included)
  const pool = createPool<SourceDocument, ExtractionResult>({
    workers, module: new URL("./pipeline.ts", import.meta.url), exportName: "extractDocument",
    resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 },
  });
  return { extract: (doc) => pool.run(doc), close: () => pool.close() };
}

export type IngestFailure = Readonly<{ input: string; message: string }>;
export type IngestProgress = Readonly<{ documents: number; events: number; failed: number; seconds: number }>;

export type IngestReport = {
  created: number;
  unchanged: number;
  replaced: number;
  failed: number;
  failures: IngestFailure[];
  /** Events extracted from the documents read, and mentions written. */
  events: number;
  mentions: number;
  seconds: number;
  dryRun: boolean;
};

export type IngestOptions = Readonly<{
  inputs: readonly string[];
  extractor: Extractor;
  /** null with dryRun: nothing is read from or written to the graph. */
  graph: Readonly<{ driver: GraphDriver; settings: GraphSettings }> | null;
  dryRun?: boolean;
  batchSize?: number;
  /** Transaction timeout for a batch; a batch does much more than one query. */
  batchTimeoutMs?: number;
  maxBytes?: number;
  stdin?: AsyncIterable<Buffer | string>;
  onProgress?: (p: IngestProgress) => void;
  onFailure?: (f: IngestFailure) => void;
}>;

type Item = { input: string; doc: SourceDocument; sha256: string; unchanged: boolean } | { error: IngestFailure; id?: string };
type Extracted = { input: string; doc: SourceDocument; prepared: PreparedDocument } | { input: string; id: string; unchanged: true } | { error: IngestFailure; id?: string };

async function* chunks<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of source) {
    chunk.push(item);
    if (chunk.length >= size) { yield chunk; chunk = []; }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Marks documents whose content hash is already stored, so a rerun does not extract them again.
 * `pending` counts the ids read and not yet settled (written, failed or found unchanged): while an
 * id's earlier version may not be written yet, the stored hash says nothing about a later one. It
 * holds only what is in flight, so memory stays bounded whatever the number of documents.
 */
async function* withStoredState(source: AsyncIterable<SourceItem>, graph: IngestOptions["graph"], pending: Map<string, number>): AsyncGenerator<Item> {
  for await (const chunk of chunks(source, 64)) {
    // marked before the stored hashes are read: a version settled after this read is not in it
    const docs = chunk.flatMap((i) => {
      if (!("doc" in i)) return [];
      const again = pending.has(i.doc.id);
      pending.set(i.doc.id, (pending.get(i.doc.id) ?? 0) + 1);
      return [{ input: i.input, doc: i.doc, sha256: contentHash(i.doc), again }];
    });
    const stored = graph && docs.length > 0
      ? new Map((await readQuery<{ id: string; sha256: string }>(graph.driver, graph.settings, readDocumentShas(docs.map((d) => d.doc.id)))).map((r) => [r.id, r.sha256]))
      : new Map<string, string>();
    let k = 0;
    for (const i of chunk) {
      if ("error" in i) yield { error: i.error };
      else {
        const d = docs[k++]!;
        yield { input: d.input, doc: d.doc, sha256: d.sha256, unchanged: !d.again && stored.get(d.doc.id) === d.sha256 };
      }
    }
  }
}

/**
 * Documents per write transaction. Each batch pays a fixed round of statements (lock, state,
 * story lookups and neighbours, relation summaries, orphans): at 200 the 10,000-document bench
 * spent 19-20 s of Neo4j CPU where 100 cost 35 s, for a main-thread heap peak of 120-139 MB.
 */
export const DEFAULT_BATCH_SIZE = 200;

export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const dryRun = options.dryRun === true || options.graph === null;
  const report: IngestReport = { created: 0, unchanged: 0, replaced: 0, failed: 0, failures: [], events: 0, mentions: 0, seconds: 0, dryRun };
  const fail = (f: IngestFailure) => {
    report.failed++;
    report.failures.push(f);
    options.onFailure?.(f);
  };
  const progress = () => options.onProgress?.({ documents: report.created + report.unchanged + report.replaced, events: report.events, failed: report.failed, seconds: (Date.now() - started) / 1000 });

  const pending = new Map<string, number>();
  const settle = (id: string) => {
    const n = (pending.get(id) ?? 1) - 1;
    if (n > 0) pending.set(id, n);
    else pending.delete(id);
  };
  const writeBatch = async (batch: { input: string; prepared: PreparedDocument }[]): Promise<void> => {
    try {
      await writeOrSplit(batch);
    } finally {
      for (const d of batch) settle(d.prepared.row.id);
    }
  };
  const writeOrSplit = async (batch: { input: string; prepared: PreparedDocument }[]): Promise<void> => {
    if (dryRun || !options.graph) {
      report.created += batch.length;
      return;
    }
    const { driver, settings } = options.graph;
    const write = (docs: typeof batch) => inWriteTransaction(driver, settings, (run) => applyBatch(run, docs.map((d) => d.prepared), new Date().toISOString()), options.batchTimeoutMs ?? 120_000);
    try {
      const out = await write(batch);
      report.created += out.created.length;
      report.replaced += out.replaced.length;
      report.unchanged += out.unchanged.length;
      report.mentions += out.mentions;
    } catch (err) {
      if (batch.length === 1) {
        fail({ input: batch[0]!.input, message: `not written: ${err instanceof Error ? err.message : String(err)}` });
        return;
      }
      // one bad document must not sink its batch: write them one by one to find it
      for (const one of batch) await writeOrSplit([one]);
    }
    progress();
  };

  const items = withStoredState(readDocuments(options.inputs, { ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }), ...(options.stdin && { stdin: options.stdin }) }), dryRun ? null : options.graph, pending);
  const extracted = mapOrdered<Item, Extracted>(items, async (item) => {
    if ("error" in item) return item;
    if (item.unchanged) return { input: item.input, id: item.doc.id, unchanged: true };
    try {
      const result = await options.extractor.extract(item.doc);
      return { input: item.input, doc: item.doc, prepared: prepareDocument(item.doc, result) };
    } catch (err) {
      return { error: { input: item.input, message: `extraction failed: ${err instanceof Error ? err.message : String(err)}` }, id: item.doc.id };
    }
  }, Math.max(32, 2 * batchSize)); // extraction keeps going while a batch is being written

  let batch: { input: string; prepared: PreparedDocument }[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  for await (const x of extracted) {
    if ("error" in x) { if (x.id !== undefined) settle(x.id); fail(x.error); progress(); continue; }
    if ("unchanged" in x) { settle(x.id); report.unchanged++; continue; }
    report.events += x.prepared.events;
    batch.push({ input: x.input, prepared: x.prepared });
    if (batch.length >= batchSize) {
      await inFlight;
      inFlight = writeBatch(batch);
      batch = [];
    }
  }
  await inFlight;
  if (batch.length > 0) await writeBatch(batch);
  report.seconds = (Date.now() - started) / 1000;
  progress();
  return report;
}

export async function deleteDocument(driver: GraphDriver, settings: GraphSettings, ids: readonly string[]): Promise<number> {
  return inWriteTransaction(driver, settings, (run) => deleteDocumentsTx(run, ids), 120_000);
}
