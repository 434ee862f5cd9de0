// What the mutations need from the ingest; passed into createApp so the API does not depend on
// how the pipeline runs (ingest-adapter.ts wires ingest/ingest.ts in).

export type IngestDocumentInput = Readonly<{ id: string; text: string; published?: string | undefined; source?: string | undefined; title?: string | undefined }>;

export type IngestReportOut = Readonly<{
  created: number; replaced: number; unchanged: number; failed: number; events: number; mentions: number;
  failures: ReadonlyArray<{ input: string; message: string }>;
}>;

export type DeleteReportOut = Readonly<{ id: string; deleted: boolean }>;

export type IngestPort = Readonly<{
  ingest: (documents: readonly IngestDocumentInput[]) => Promise<IngestReportOut>;
  deleteDocument: (id: string) => Promise<DeleteReportOut>;
  close: () => Promise<void>;
}>;
