// A write transaction whose work runs several dependent statements (read, decide in TS, write):
// what the ingest needs, since story and identity decisions depend on what is committed. The
// managed transaction retries the whole work on transient errors (deadlocks, leader switches),
// so the work must only read and write through `run`.
import neo4j from "neo4j-driver";
import { type Cypher, type GraphDriver, type GraphSettings, type Row, toPlain } from "./driver.ts";
import { toGraphError } from "./errors.ts";

export type TxRun = <T = Row>(cypher: Cypher) => Promise<T[]>;

export async function inWriteTransaction<T>(driver: GraphDriver, settings: GraphSettings, work: (run: TxRun) => Promise<T>, timeoutMs?: number): Promise<T> {
  const session = driver.session({ database: settings.neo4j.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const run: TxRun = async <R,>(c: Cypher) => (await tx.run(c.text, c.params)).records.map((r) => toPlain(r.toObject()) as R);
      return work(run);
    }, { timeout: timeoutMs ?? settings.neo4j.queryTimeoutMs });
  } catch (err) {
    throw toGraphError(err);
  } finally {
    await session.close();
  }
}

/** A transaction's statements, the writes whose result nobody reads sent without waiting for them. */
export type Pipelined = Readonly<{ read: TxRun; write(cypher: Cypher): void; flush(): Promise<void> }>;

/**
 * Neo4j runs a transaction's statements in the order they are sent, so a read still sees every
 * earlier write; what pipelining saves is the wait between statements, when the client and the
 * server take turns (on a busy machine each turn waits for the scheduler). A failed write fails
 * the transaction: the next read or flush throws, and the managed transaction rolls back.
 */
export function pipelined(run: TxRun): Pipelined {
  let pending: Promise<unknown>[] = [];
  const flush = async () => {
    const sent = pending;
    pending = [];
    await Promise.all(sent);
  };
  return {
    async read<T>(cypher: Cypher): Promise<T[]> {
      const result = run<T>(cypher); // sent now, behind the writes already sent
      result.catch(() => undefined); // surfaces below, after the earlier writes' errors
      await flush();
      return result;
    },
    write(cypher: Cypher): void {
      const sent = run(cypher);
      sent.catch(() => undefined); // surfaces at the next read or flush
      pending.push(sent);
    },
    flush,
  };
}
