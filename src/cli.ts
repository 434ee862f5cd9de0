// The `entente` command: parses arguments and hands each subcommand to its module in commands/.
import { Command, CommanderError } from "commander";
import { ConfigError } from "./config.ts";
import { registerNeo4j } from "./commands/neo4j.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerGraph } from "./commands/graph.ts";
import { registerServe } from "./commands/serve.ts";
import { registerExport } from "./commands/export.ts";
import { registerStart } from "./commands/start.ts";

export function buildProgram(): Command {
  const program = new Command("entente")
    .description("Geopolitical relationship knowledge graph: news text to PLOVER events in Neo4j, served over GraphQL")
    .version("0.1.0")
    .showHelpAfterError();
  registerNeo4j(program);
  registerExtract(program);
  registerGraph(program);
  registerServe(program);
  registerExport(program);
  registerStart(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode);
    if (err instanceof ConfigError) {
      process.stderr.write(`entente: ${err.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`entente: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
