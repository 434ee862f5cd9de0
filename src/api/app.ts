// Builds the Yoga app: SDL contract + resolvers, per-request context, armor limits, body limit,
// error masking, /health and /ready. Starting it on a port is server.ts's job.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EnvelopArmor } from "@escape.tech/graphql-armor";
// GraphiQL with its bundle inlined: the default page loads it from a CDN, blank on offline machines.
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createSchema, createYoga, useReadinessCheck, type Plugin } from "graphql-yoga";
import type { Config } from "../config.ts";
import { type GraphDriver, verifyGraph } from "../graph/driver.ts";
import { useBodyLimit } from "./body-limit.ts";
import { createContext, type ApiContext } from "./context.ts";
import { maskError } from "./errors.ts";
import { createIngestPort } from "./ingest-adapter.ts";
import type { IngestPort } from "./ingest-port.ts";
import { mutationResolvers } from "./resolvers/mutation.ts";
import { queryResolvers } from "./resolvers/query.ts";
import { typeResolvers } from "./resolvers/types.ts";

export const SDL_FILE = fileURLToPath(new URL("../../schema/api.graphql", import.meta.url));
export const MAX_BODY_BYTES = 1_000_000;

export type AppOptions = Readonly<{
  driver: GraphDriver;
  config: Config;
  /** The ingest behind the mutations (default: ingest/ingest.ts on this driver); null: NOT_IMPLEMENTED. */
  ingest?: IngestPort | null | undefined;
  /** Called after each operation with the number of Cypher round trips it made (tests, logs). */
  onQueries?: ((queries: number, operationName: string | undefined) => void) | undefined;
  graphiql?: boolean | undefined;
}>;

const armor = new EnvelopArmor({
  maxDepth: { n: 12 },
  costLimit: { maxCost: 20_000 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 10 },
  maxTokens: { n: 2_000 },
  blockFieldSuggestion: { enabled: true },
});

function countQueries(onQueries: NonNullable<AppOptions["onQueries"]>): Plugin<ApiContext> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: () => onQueries(args.contextValue.counter.queries, args.operationName ?? undefined),
    }),
  };
}

export function createApp(options: AppOptions) {
  const { driver, config } = options;
  const ingest = options.ingest === undefined ? createIngestPort(driver, config) : options.ingest ?? undefined;
  return createYoga<object, ApiContext>({
    schema: createSchema<ApiContext>({
      typeDefs: readFileSync(SDL_FILE, "utf8"),
      resolvers: { Query: queryResolvers, Mutation: mutationResolvers, ...typeResolvers },
    }),
    context: ({ request }) => createContext(driver, config, request, ingest),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    graphiql: options.graphiql ?? true,
    renderGraphiQL,
    // useBodyLimit below: the same limit, without a counting stream when Content-Length is given.
    maxRequestBodySize: false,
    maskedErrors: { maskError: (error) => maskError(error) },
    plugins: [
      useBodyLimit(MAX_BODY_BYTES),
      ...armor.protect().plugins,
      useReadinessCheck({
        endpoint: "/ready",
        check: async () => {
          // verifyConnectivity does not retry: a down database answers 503 at once.
          try {
            await verifyGraph(driver, config);
            return true;
          } catch {
            return false;
          }
        },
      }),
      ...(options.onQueries ? [countQueries(options.onQueries)] : []),
      { onDispose: () => ingest?.close() },
    ],
  });
}

export type EntenteApp = ReturnType<typeof createApp>;
