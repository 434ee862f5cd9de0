// Domain errors to GraphQL error codes, once: expected errors are GraphQLErrors with
// extensions.code; graph errors are mapped by class; anything else is masked by Yoga.
import { GraphQLError } from "graphql";
import { GraphTimeoutError, GraphUnavailableError } from "../graph/errors.ts";

export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
export const notFound = (message: string) => new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });
export const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

const MASKED = "Unexpected error.";

/** The error a client sees for `error` (Yoga's maskError hook): codes pass, internals do not. */
export function maskError(error: unknown): Error {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (original instanceof GraphUnavailableError) {
    return new GraphQLError("The graph database is unavailable; try again later.", { path, extensions: { code: "UNAVAILABLE", http: { status: 503 } } });
  }
  if (original instanceof GraphTimeoutError) {
    return new GraphQLError("The query took too long and was stopped.", { path, extensions: { code: "TIMEOUT" } });
  }
  if (original instanceof GraphQLError && typeof original.extensions.code === "string") {
    return error instanceof GraphQLError ? error : original;
  }
  // GraphQL's own validation and parse errors (no originalError) are safe to show.
  if (error instanceof GraphQLError && !error.originalError) return error;
  return new GraphQLError(MASKED, { path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
