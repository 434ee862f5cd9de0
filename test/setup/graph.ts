// For tests against the real Neo4j: the config, one driver per test file, and clearGraph().
import { afterAll } from "vitest";
import { type Config, loadConfig } from "../../src/config.ts";
import { type Cypher, closeDriver, createDriver, type GraphDriver, type Row, readQuery, writeQuery } from "../../src/graph/driver.ts";

let driver: GraphDriver | undefined;

export function testConfig(): Config {
  return loadConfig();
}

/** The file's driver (created on first use; closed by useTestGraph's afterAll or closeTestDriver). */
export function testDriver(): GraphDriver {
  driver ??= createDriver(testConfig());
  return driver;
}

export async function closeTestDriver(): Promise<void> {
  if (driver) await closeDriver(driver);
  driver = undefined;
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function clearGraph(): Promise<void> {
  // Test graphs are small: one transaction is enough.
  await writeQuery(testDriver(), testConfig(), { text: "MATCH (n) DETACH DELETE n", params: {} });
}

export function testRead<T = Row>(cypher: Cypher): Promise<T[]> {
  return readQuery<T>(testDriver(), testConfig(), cypher);
}

export function testWrite<T = Row>(cypher: Cypher): Promise<T[]> {
  return writeQuery<T>(testDriver(), testConfig(), cypher);
}

/** Call at the top of a test file: closes the driver after the file's tests. */
export function useTestGraph(): Readonly<{ config: Config; driver: () => GraphDriver; clear: () => Promise<void> }> {
  afterAll(closeTestDriver);
  return { config: testConfig(), driver: testDriver, clear: clearGraph };
}
