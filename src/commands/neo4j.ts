// `entente neo4j start|stop|status|logs|fetch`: the local Neo4j (see src/neo4j/).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { consoleLogOf, fetchNeo4j, neo4jStatus, startNeo4j, stopNeo4j } from "../neo4j/launcher.ts";

const err = (line: string): void => { process.stderr.write(`${line}\n`); };
const out = (line: string): void => { process.stdout.write(`${line}\n`); };

export function registerNeo4j(program: Command): void {
  const neo4j = program.command("neo4j").description("Run a local Neo4j (Community, from Maven Central) for Entente");

  neo4j.command("start").description("Start the local Neo4j (fetches the jars on first use); returns once Bolt answers")
    .action(async () => {
      const r = await startNeo4j(loadConfig(), { log: err });
      out(r.status === "already-running"
        ? `Neo4j is already running (pid ${r.pid}): ${r.bolt}`
        : `Neo4j ${r.version} started in ${r.seconds} s (pid ${r.pid}${r.fetched ? ", jars fetched" : ""}): ${r.bolt}`);
      out(`Neo4j Browser: ${r.browser}`);
    });

  neo4j.command("stop").description("Stop the local Neo4j (succeeds when nothing runs)")
    .action(async () => {
      const r = await stopNeo4j(loadConfig());
      out(r.status === "not-running" ? "Neo4j is not running." : `Neo4j stopped (pid ${r.pid}${r.status === "killed" ? ", killed after the grace period" : ""}).`);
    });

  neo4j.command("status").description("Running or stopped, pid, ports, Neo4j Browser address")
    .action(async () => {
      const s = await neo4jStatus(loadConfig());
      out(s.running ? `running (pid ${s.pid}${s.answering ? "" : ", Bolt not answering yet"})` : "stopped");
      out(`  version  ${s.version}\n  home     ${s.homeDir}\n  bolt     ${s.bolt}\n  http     ${s.http}\n  browser  ${s.browser}`);
    });

  neo4j.command("logs").description("Print the server's console log")
    .option("-f, --follow", "keep printing new lines")
    .action(async (opts: { follow?: boolean }) => {
      const file = consoleLogOf(loadConfig());
      const size = await stat(file).then((s) => s.size, () => null);
      if (size === null) throw new Error(`No log yet at ${file}: start the server with \`npx entente neo4j start\`.`);
      await new Promise<void>((resolve, reject) => createReadStream(file).on("error", reject).on("end", resolve).pipe(process.stdout, { end: false }));
      if (opts.follow) await follow(file, size);
    });

  neo4j.command("fetch").description("Fetch the Neo4j jars into the shared cache (once; done by start when needed)")
    .action(async () => {
      const r = await fetchNeo4j(loadConfig(), err);
      out(r.fetched ? `Fetched into ${r.libDir}` : `Already cached in ${r.libDir}`);
    });
}

async function follow(file: string, from: number): Promise<never> {
  let pos = from;
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const size = await stat(file).then((s) => s.size, () => 0);
    if (size < pos) pos = 0; // truncated or replaced
    if (size > pos) {
      await new Promise<void>((resolve, reject) => createReadStream(file, { start: pos, end: size - 1 }).on("error", reject).on("end", resolve).pipe(process.stdout, { end: false }));
      pos = size;
    }
  }
}
