// Domain errors to GraphQL error codes, once: expected errors are GraphQLErrors with
// extensions.code; graph errors are mapped by class; anything else is masked.
import { GraphQLError } from "graphql";
import { GraphTimeoutError, GraphUnavailableError } from "../graph/errors.ts";

export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
export const notFound = (message: string) => new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });
export const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

type GraphQLErrorLike = Error & { extensions?: Record<string, unknown>; originalError?: unknown; path?: readonly (string | number)[] };

// Duck-typed: graphql's CJS and ESM builds both load (Yoga's dependencies use one, this code the
// other), so `instanceof GraphQLError` is not reliable here.
const isGraphQLError = (e: unknown): e is GraphQLErrorLike => e instanceof Error && e.name === "GraphQLError";

/** The error a client sees for `error` (Yoga's maskError hook): codes pass, internals do not. */
export function maskError(error: unknown): Error {
  const wrapped = isGraphQLError(error) ? error : undefined;
  const original = wrapped?.originalError ?? error;
  const path = wrapped?.path;
  if (original instanceof GraphUnavailableError) {
    return new GraphQLError("The graph database is unavailable; try again later.", { path, extensions: { code: "UNAVAILABLE", http: { status: 503 } } });
  }
  if (original instanceof GraphTimeoutError) {
    return new GraphQLError("The query took too long and was stopped.", { path, extensions: { code: "TIMEOUT" } });
  }
  // Errors raised on purpose carry a code (ours, Yoga's 413/400, armor's limits); parse and
  // validation errors have no original error. Both are safe to show.
  if (isGraphQLError(original) && typeof original.extensions?.code === "string") return wrapped ?? original;
  if (wrapped && !wrapped.originalError) return wrapped;
  return new GraphQLError("Unexpected error.", { path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
