// "Make sure NEO4J_URI answers": used by `entente start` and the test setup.
import { closeDriver, createDriver, verifyGraph } from "../graph/driver.ts";
import { GraphUnavailableError } from "../graph/errors.ts";
import { NotLoopbackError } from "./errors.ts";
import { type LocalConfig, type Log, startNeo4j } from "./launcher.ts";
import { isLoopbackUri } from "./server-config.ts";

/**
 * Returns { started: false } when NEO4J_URI already answers (any Neo4j: local, Docker, remote);
 * otherwise starts the local one if the URI is on this machine and returns { started: true }.
 * Wrong credentials are reported as they are, not "fixed" by starting another server.
 */
export async function ensureLocalNeo4j(config: LocalConfig, options: { log?: Log } = {}): Promise<{ started: boolean }> {
  const driver = createDriver(config, { connectionTimeoutMs: 3_000, maxConnectionPoolSize: 1 });
  try {
    await verifyGraph(driver);
    return { started: false };
  } catch (err) {
    if (!(err instanceof GraphUnavailableError)) throw err;
    if (!isLoopbackUri(config.neo4j.uri)) throw new NotLoopbackError(config.neo4j.uri, err.code);
  } finally {
    await closeDriver(driver);
  }
  const result = await startNeo4j(config, options);
  return { started: result.status === "started" };
}
