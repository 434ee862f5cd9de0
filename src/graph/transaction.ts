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
