// Global setup of the "db" project: NEO4J_URI must answer. When it does not and it is on this
// machine, the local Neo4j is started here and stopped again when the run ends. Tests clear the
// database, so a non-loopback URI is refused unless ENTENTE_TEST_ALLOW_REMOTE=1.
import { loadConfig } from "../../src/config.ts";
import { closeDriver, createDriver } from "../../src/graph/driver.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ensureLocalNeo4j } from "../../src/neo4j/ensure.ts";
import { neo4jStatus, stopNeo4j } from "../../src/neo4j/launcher.ts";
import { isLoopbackUri } from "../../src/neo4j/server-config.ts";

export default async function setup(): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (!isLoopbackUri(config.neo4j.uri) && !config.testAllowRemote) {
    throw new Error(`Refusing to run the database tests against ${config.neo4j.uri}: they delete every node. Use a loopback NEO4J_URI, or set ENTENTE_TEST_ALLOW_REMOTE=1 for a disposable server.`);
  }
  const log = (line: string): void => { process.stderr.write(`[test setup] ${line}\n`); };
  const wasRunning = (await neo4jStatus(config)).running;
  let started: boolean;
  try {
    ({ started } = await ensureLocalNeo4j(config, { log }));
  } catch (err) {
    // Do not leave behind a server this run spawned but could not use.
    if (!wasRunning) await stopNeo4j(config);
    throw err;
  }
  log(started ? `started the local Neo4j at ${config.neo4j.uri} (stopped after the tests)` : `using the Neo4j at ${config.neo4j.uri}`);
  const driver = createDriver(config);
  try {
    await migrate(driver, config);
  } finally {
    await closeDriver(driver);
  }
  return async () => {
    if (started) {
      await stopNeo4j(config);
      log("stopped the local Neo4j it had started");
    }
  };
}
