// What the mutations need from the ingest (ingest/ingest.ts); passed into createApp so the API
// does not depend on how the pipeline runs.

export type IngestDocumentInput = Readonly<{ id: string; text: string; published?: string | undefined; source?: string | undefined; title?: string | undefined }>;

export type IngestReportOut = Readonly<{
  documents: number; ingested: number; skipped: number; events: number; mentions: number;
  errors: ReadonlyArray<{ id: string; message: string }>;
}>;

export type DeleteReportOut = Readonly<{ id: string; deleted: boolean; eventsRemoved: number }>;

export type IngestPort = Readonly<{
  ingest: (documents: readonly IngestDocumentInput[]) => Promise<IngestReportOut>;
  deleteDocument: (id: string) => Promise<DeleteReportOut>;
}>;
