// The only importer of neo4j-driver. One driver is created at start-up and passed down; queries
// are values ({ text, params }) run in managed transactions (which retry transient errors) with a
// per-query timeout, and results leave this module as plain JS (no Integer, temporal or Record).
import neo4j, {
  isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape,
  isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint,
  isRelationship, isTime, isUnboundRelationship,
} from "neo4j-driver";
import type { Config } from "../config.ts";
import { toGraphError } from "./errors.ts";

/** A Cypher statement as a value; values always travel as parameters. */
export type Cypher = Readonly<{ text: string; params: Readonly<Record<string, unknown>> }>;
/** The driver handle other modules hold and pass back in; they never call it directly. */
export type GraphDriver = Driver;
/** What the query helpers read from the config (a full Config satisfies it). */
export type GraphSettings = Readonly<{ neo4j: Readonly<Pick<Config["neo4j"], "database" | "queryTimeoutMs">> }>;
export type Row = Record<string, unknown>;
/** Update counters of a write, as plain numbers (e.g. nodesCreated, relationshipsCreated). */
export type WriteCounters = Readonly<Record<string, number>>;

export type DriverOptions = Readonly<{
  /** TCP connect timeout; short for probes such as "is a server already running?". */
  connectionTimeoutMs?: number;
  maxConnectionPoolSize?: number;
  /** How long managed transactions retry transient errors (driver default 30 s; a server wants to fail fast). */
  maxTransactionRetryTimeMs?: number;
}>;

/** Creates the one driver (bolt://, neo4j://, neo4j+s://...: the scheme decides routing and TLS). */
export function createDriver(config: Readonly<{ neo4j: Readonly<Pick<Config["neo4j"], "uri" | "user" | "password">> }>, options: DriverOptions = {}): GraphDriver {
  return neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
    userAgent: "entente/0.1",
    connectionTimeout: options.connectionTimeoutMs ?? 30_000,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
    ...(options.maxTransactionRetryTimeMs !== undefined && { maxTransactionRetryTime: options.maxTransactionRetryTimeMs }),
    // The server's notifications (e.g. "index already exists") are not errors; keep logs quiet.
    notificationFilter: { minimumSeverityLevel: "OFF" },
  });
}

/** Resolves once the server answers and accepts the credentials; throws a GraphError otherwise. */
export async function verifyGraph(driver: GraphDriver, settings?: GraphSettings): Promise<void> {
  try {
    await driver.verifyConnectivity(settings ? { database: settings.neo4j.database } : {});
  } catch (err) {
    throw toGraphError(err);
  }
}

export async function closeDriver(driver: GraphDriver): Promise<void> {
  await driver.close();
}

type Work<T> = (tx: ManagedTransaction) => Promise<T>;

async function inSession<T>(driver: GraphDriver, settings: GraphSettings, mode: "READ" | "WRITE", work: Work<T>): Promise<T> {
  const session = driver.session({ database: settings.neo4j.database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
  const txConfig = { timeout: settings.neo4j.queryTimeoutMs };
  try {
    return mode === "READ" ? await session.executeRead(work, txConfig) : await session.executeWrite(work, txConfig);
  } catch (err) {
    throw toGraphError(err);
  } finally {
    await session.close();
  }
}

function rowsOf<T>(result: QueryResult<RecordShape>): T[] {
  return result.records.map((r) => toPlain(r.toObject()) as T);
}

/** Runs a read query (routed to readers in a cluster); returns plain rows. */
export function readQuery<T = Row>(driver: GraphDriver, settings: GraphSettings, cypher: Cypher): Promise<T[]> {
  return inSession(driver, settings, "READ", async (tx) => rowsOf<T>(await tx.run(cypher.text, cypher.params)));
}

/** Retries of readOnce on transient errors, with the wait before each. */
const READ_RETRY_WAITS_MS = [25, 100] as const;

/**
 * Runs a read query as an auto-commit transaction: one round trip (RUN and PULL in one write)
 * where a managed transaction costs three (BEGIN, RUN+PULL, COMMIT), about half the client CPU
 * of a small query. A read is idempotent, so transient errors are retried here, briefly (the
 * API wants to fail fast). For the API's many small lookups; readQuery stays the general one.
 */
export async function readOnce<T = Row>(driver: GraphDriver, settings: GraphSettings, cypher: Cypher): Promise<T[]> {
  for (let attempt = 0; ; attempt++) {
    const session = driver.session({ database: settings.neo4j.database, defaultAccessMode: neo4j.session.READ });
    try {
      return rowsOf<T>(await session.run(cypher.text, cypher.params, { timeout: settings.neo4j.queryTimeoutMs }));
    } catch (err) {
      const wait = READ_RETRY_WAITS_MS[attempt];
      if (wait === undefined || !isRetryableError(err)) throw toGraphError(err);
      await new Promise((r) => setTimeout(r, wait));
    } finally {
      await session.close();
    }
  }
}

/** Runs a write query in one transaction; returns plain rows. */
export function writeQuery<T = Row>(driver: GraphDriver, settings: GraphSettings, cypher: Cypher): Promise<T[]> {
  return inSession(driver, settings, "WRITE", async (tx) => rowsOf<T>(await tx.run(cypher.text, cypher.params)));
}

/**
 * Runs several statements in ONE write transaction (all or nothing; retried as a whole on
 * transient errors). Returns each statement's rows and the summed update counters.
 */
export function writeTransaction<T = Row>(driver: GraphDriver, settings: GraphSettings, cyphers: readonly Cypher[]): Promise<{ rows: T[][]; counters: WriteCounters }> {
  return inSession(driver, settings, "WRITE", async (tx) => {
    const rows: T[][] = [];
    const counters: Record<string, number> = {};
    for (const c of cyphers) {
      const result = await tx.run(c.text, c.params);
      rows.push(rowsOf<T>(result));
      for (const [k, v] of Object.entries(result.summary.counters.updates())) counters[k] = (counters[k] ?? 0) + v;
    }
    return { rows, counters };
  });
}

/**
 * Neo4j values to plain JS: Integers to numbers (bigint beyond 2^53), temporals to ISO strings,
 * points to {srid,x,y[,z]}, nodes/relationships/paths to plain objects; recursive.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps (e.g. map projections) arrive as plain objects: skip the driver-type checks below.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainEntries(value);
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toBigInt();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) {
    const p = { srid: toPlain(value.srid), x: value.x, y: value.y };
    return value.z === undefined ? p : { ...p, z: value.z };
  }
  if (isNode(value)) return { elementId: value.elementId, labels: [...value.labels], properties: toPlain(value.properties) };
  if (isRelationship(value)) {
    return { elementId: value.elementId, type: value.type, startNodeElementId: value.startNodeElementId, endNodeElementId: value.endNodeElementId, properties: toPlain(value.properties) };
  }
  if (isUnboundRelationship(value)) return { elementId: value.elementId, type: value.type, properties: toPlain(value.properties) };
  if (isPath(value)) {
    return { start: toPlain(value.start), end: toPlain(value.end), segments: value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })) };
  }
  if (value instanceof Uint8Array) return value;
  return plainEntries(value);
}

function plainEntries(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}
