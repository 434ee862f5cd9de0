// Driver errors mapped once, by error.code (never by message text), to this project's errors.
// Callers catch these classes; no neo4j-driver error type crosses src/graph/.

export class GraphError extends Error {
  constructor(message: string, readonly code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The database cannot be reached (down, restarting, wrong address): worth retrying later. */
export class GraphUnavailableError extends GraphError {}
/** Wrong user or password, or the account is locked by the rate limit. */
export class GraphAuthError extends GraphError {}
/** The per-query timeout (NEO4J_QUERY_TIMEOUT_MS) fired, or the transaction was terminated. */
export class GraphTimeoutError extends GraphError {}
/** A uniqueness (or other schema) constraint refused a write. */
export class GraphConstraintError extends GraphError {}
/** Anything else the server or driver reports about a query (syntax, types, missing database). */
export class GraphQueryError extends GraphError {}

type ErrorClass = new (message: string, code: string, options?: { cause?: unknown }) => GraphError;

// Exact codes first, then prefixes; the first match wins. Codes: https://neo4j.com/docs/status-codes/
const EXACT: ReadonlyArray<readonly [string, ErrorClass]> = [
  ["ServiceUnavailable", GraphUnavailableError],
  ["SessionExpired", GraphUnavailableError],
  ["Neo.TransientError.General.DatabaseUnavailable", GraphUnavailableError],
  ["Neo.ClientError.Cluster.NotALeader", GraphUnavailableError],
  ["Neo.ClientError.Schema.ConstraintValidationFailed", GraphConstraintError],
  ["Neo.TransientError.Transaction.Terminated", GraphTimeoutError],
  ["Neo.ClientError.Transaction.Terminated", GraphTimeoutError],
  ["Neo.TransientError.Transaction.LockClientStopped", GraphTimeoutError],
  ["Neo.ClientError.Transaction.LockClientStopped", GraphTimeoutError],
];
const PREFIX: ReadonlyArray<readonly [string, ErrorClass]> = [
  ["Neo.ClientError.Transaction.TransactionTimedOut", GraphTimeoutError],
  ["Neo.ClientError.Security.", GraphAuthError],
];

/** The class a driver error code maps to (pure: table-tested). */
export function classifyGraphErrorCode(code: string): ErrorClass {
  const exact = EXACT.find(([c]) => c === code);
  if (exact) return exact[1];
  const prefix = PREFIX.find(([p]) => code.startsWith(p));
  return prefix ? prefix[1] : GraphQueryError;
}

/** Converts whatever a driver call threw into a GraphError (already-mapped errors pass through). */
export function toGraphError(err: unknown): GraphError {
  if (err instanceof GraphError) return err;
  const code = typeof err === "object" && err !== null && typeof (err as { code?: unknown }).code === "string"
    ? (err as { code: string }).code
    : "N/A";
  const message = err instanceof Error ? err.message : String(err);
  const Cls = classifyGraphErrorCode(code);
  return new Cls(`${message} [${code}]`, code, { cause: err });
}
