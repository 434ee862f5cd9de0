// `entente migrate` and `entente start` (npm start): Neo4j up, schema applied, addresses printed.
// runStart is a list of steps so later ones (ingest a sample, serve the API) slot in.
import type { Command } from "commander";
import { type Config, loadConfig } from "../config.ts";
import { closeDriver, createDriver, type GraphDriver } from "../graph/driver.ts";
import { migrate } from "../graph/migrate.ts";
import { ensureLocalNeo4j } from "../neo4j/ensure.ts";
import { addressesOf, isLoopbackUri } from "../neo4j/server-config.ts";
import { ingestSampleStep } from "./graph.ts";
import { serveStep } from "./serve.ts";

export type StartContext = Readonly<{ config: Config; driver: GraphDriver; log: (line: string) => void }>;
/** A step after migrate. Return "keep-open" when it leaves something running on the driver (a server). */
export type StartStep = (ctx: StartContext) => Promise<void | "keep-open">;
export type StartOptions = Readonly<{ ingestSample?: StartStep; serve?: StartStep; log?: (line: string) => void }>;

export async function runStart(config: Config, options: StartOptions = {}): Promise<{ startedNeo4j: boolean; driver: GraphDriver | null }> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const { started } = await ensureLocalNeo4j(config, { log });
  log(started ? "Local Neo4j started." : `Neo4j answers at ${config.neo4j.uri}.`);
  const driver = createDriver(config);
  let keepOpen = false;
  try {
    const { statements } = await migrate(driver, config);
    log(`Schema: ${statements} constraints and indexes in place.`);
    for (const step of [options.ingestSample, options.serve]) {
      if (step && (await step({ config, driver, log })) === "keep-open") keepOpen = true;
    }
    for (const line of addressLines(config)) log(line);
    return { startedNeo4j: started, driver: keepOpen ? driver : null };
  } finally {
    if (!keepOpen) await closeDriver(driver);
  }
}

/** Where to look: Neo4j Browser (for a local Neo4j) and the GraphQL API. */
export function addressLines(config: Config): string[] {
  const browser = isLoopbackUri(config.neo4j.uri)
    ? `Neo4j Browser: ${addressesOf(config.local, config.neo4j.user).browser}`
    : `Neo4j: ${config.neo4j.uri} (open it in Neo4j Browser or Aura's console)`;
  return [browser, `GraphQL API:   http://127.0.0.1:${config.port}/graphql`];
}

export function registerStart(program: Command): void {
  program.command("migrate").description("Apply schema/constraints.cypher (idempotent)")
    .action(async () => {
      const config = loadConfig();
      const driver = createDriver(config);
      try {
        const { statements } = await migrate(driver, config);
        process.stdout.write(`Applied ${statements} constraint and index statements to ${config.neo4j.uri}.\n`);
      } finally {
        await closeDriver(driver);
      }
    });

  program.command("start")
    .description("The main job: Neo4j up (a local one if NEO4J_URI does not answer), schema applied, the sample corpus ingested, the API serving")
    .option("--no-serve", "stop after the ingest instead of serving the API")
    .action(async (opts: { serve: boolean }) => {
      await runStart(loadConfig(), { ingestSample: ingestSampleStep, ...(opts.serve ? { serve: serveStep } : {}) });
    });
}
