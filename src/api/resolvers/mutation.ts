// Mutations: authorize, validate, hand over to the ingest, return its report.
import { GraphQLError } from "graphql";
import { requireBearer } from "../auth.ts";
import { optionalText, requiredText } from "../args.ts";
import type { ApiContext } from "../context.ts";
import { badInput, notFound } from "../errors.ts";
import type { IngestDocumentInput, IngestPort } from "../ingest-port.ts";

const MAX_DOCUMENTS = 100;
const MAX_TEXT = 200_000;

function ingestOf(ctx: ApiContext): IngestPort {
  requireBearer(ctx.authorization, ctx.config.ingestApiKey);
  if (!ctx.ingest) {
    throw new GraphQLError("Ingest is not wired into this server (createApp was given no ingest).", { extensions: { code: "NOT_IMPLEMENTED" } });
  }
  return ctx.ingest;
}

export function validDocuments(documents: readonly IngestDocumentInput[]): IngestDocumentInput[] {
  if (documents.length < 1 || documents.length > MAX_DOCUMENTS) throw badInput(`documents must hold 1 to ${MAX_DOCUMENTS} documents`);
  const ids = new Set<string>();
  return documents.map((d, i) => {
    const id = requiredText(d.id, `documents[${i}].id`);
    if (ids.has(id)) throw badInput(`documents[${i}].id "${id}" is repeated`);
    ids.add(id);
    if (typeof d.text !== "string" || d.text.trim().length === 0) throw badInput(`documents[${i}].text must not be empty`);
    if (d.text.length > MAX_TEXT) throw badInput(`documents[${i}].text must be at most ${MAX_TEXT} characters`);
    return {
      id, text: d.text,
      published: optionalText(d.published, `documents[${i}].published`, 40),
      source: optionalText(d.source, `documents[${i}].source`),
      title: optionalText(d.title, `documents[${i}].title`, 1000),
    };
  });
}

export const mutationResolvers = {
  ingestDocuments: async (_: unknown, args: { documents: IngestDocumentInput[] }, ctx: ApiContext) => {
    const ingest = ingestOf(ctx);
    return ingest.ingest(validDocuments(args.documents));
  },
  deleteDocument: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
    const ingest = ingestOf(ctx);
    const report = await ingest.deleteDocument(requiredText(args.id, "id"));
    if (!report.deleted) throw notFound(`no document ${args.id}`);
    return report;
  },
};
