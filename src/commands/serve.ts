// `entente serve`: the GraphQL API on PORT (default 4000).
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { createDriver, verifyGraph } from "../graph/driver.ts";
import { API_RETRY_MS, startServer } from "../api/server.ts";
import type { StartStep } from "./start.ts";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Serve the GraphQL API (GraphiQL at /graphql, /health, /ready)")
    .option("-p, --port <port>", "port (default: PORT or 4000)", (v) => Number.parseInt(v, 10))
    .option("--host <host>", "address to listen on (default: HOST or 127.0.0.1)")
    .action(async (opts: { port?: number; host?: string }) => {
      const config = loadConfig();
      // Fail fast while Neo4j is down (UNAVAILABLE) rather than retrying for the driver default 30 s.
      const driver = createDriver(config, { maxTransactionRetryTimeMs: API_RETRY_MS });
      try {
        await verifyGraph(driver, config);
      } catch (err) {
        // Serve anyway: /ready says 503 and queries answer UNAVAILABLE until Neo4j is up.
        process.stderr.write(`entente: Neo4j not reachable yet at ${config.neo4j.uri} (${err instanceof Error ? err.message : String(err)})\n`);
      }
      const running = await startServer({ driver, config, port: opts.port, host: opts.host ?? config.host });
      process.stdout.write(`entente: GraphQL API at ${running.url} (health: /health, ready: /ready)\n`);
    });
}

/** The last step of `entente start`: the API on the start-up driver, kept running. */
export const serveStep: StartStep = async ({ config, driver, log }) => {
  const running = await startServer({ driver, config, host: config.host });
  log(`GraphQL API serving at ${running.url} (Ctrl-C to stop).`);
  return "keep-open";
};
