// The extraction shell: documents stream in from sources, each is segmented and extracted (in
// worker threads when asked), and results stream out in input order with bounded memory.
import { availableParallelism } from "node:os";
import { segment } from "./stages/segment.ts";
import { extractEvents } from "./stages/extract.ts";
import { readDocuments, type ReadOptions, type SourceError, type SourceItem } from "./sources.ts";
import { createPool, mapOrdered } from "./workers/pool.ts";
import type { ExtractionResult, SourceDocument } from "./types.ts";

/** Segments a document and extracts its events and entities (pure given the gazetteer). */
export function extractDocument(doc: SourceDocument): ExtractionResult {
  return extractCounted(doc).result;
}

/** The extraction and the number of sentences it read (for throughput figures). */
export function extractCounted(doc: SourceDocument): { result: ExtractionResult; sentences: number } {
  const sentences = segment(doc.text);
  const { events, entities } = extractEvents(doc, sentences);
  return { result: { id: doc.id, events, entities }, sentences: sentences.length };
}

export type ExtractItem =
  | { readonly result: ExtractionResult; readonly input: string; readonly sentences: number }
  | { readonly error: SourceError };

export interface ExtractOptions extends ReadOptions {
  /** Worker threads; 0 extracts on the calling thread. Default: min(2, cores). */
  readonly workers?: number;
  /** Documents read ahead of the consumer (bounds memory); default 4 per worker. */
  readonly maxInFlight?: number;
}

export function defaultWorkers(): number {
  return Math.min(2, availableParallelism());
}

/** Extracts a stream of source items (documents or errors), yielding results in input order. */
export async function* extractItems(items: AsyncIterable<SourceItem>, options: ExtractOptions = {}): AsyncGenerator<ExtractItem> {
  const workers = options.workers ?? defaultWorkers();
  const maxInFlight = options.maxInFlight ?? Math.max(4, 4 * workers);
  const failed = (input: string, err: unknown): ExtractItem => ({
    error: { input, message: `extraction failed: ${err instanceof Error ? err.message : String(err)}` },
  });
  if (workers === 0) {
    for await (const item of items) {
      if ("error" in item) {
        yield item;
        continue;
      }
      try {
        yield { ...extractCounted(item.doc), input: item.input };
      } catch (err) {
        yield failed(item.input, err);
      }
    }
    return;
  }
  const pool = createPool<SourceDocument, { result: ExtractionResult; sentences: number }>({
    workers,
    module: new URL(import.meta.url),
    exportName: "extractCounted",
  });
  try {
    yield* mapOrdered(items, async (item): Promise<ExtractItem> => {
      if ("error" in item) return item;
      try {
        return { ...(await pool.run(item.doc)), input: item.input };
      } catch (err) {
        return failed(item.input, err);
      }
    }, maxInFlight);
  } finally {
    await pool.close();
  }
}

/** Reads the inputs (files, directories, `-`) and extracts every document, in order. */
export function extractStream(inputs: readonly string[], options: ExtractOptions = {}): AsyncGenerator<ExtractItem> {
  return extractItems(readDocuments(inputs, options), options);
}
