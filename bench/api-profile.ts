// `npx tsx bench/api-profile.ts [--runs N]`: PROFILEs the Cypher behind each single-entity request
// of bench/api.ts on the generated graph (db hits, rows, planner operators) and times N runs of
// each (median and p90 of the server's own time, t_first + t_last from the result summary), so
// query cost can be judged on a loaded machine where HTTP latency is noise.
import { loadConfig } from "../src/config.ts";
import { closeDriver, createDriver, type Cypher } from "../src/graph/driver.ts";
import { profileQuery } from "../src/graph/profile.ts";
import { LOOKUP_LISTS } from "../src/graph/read-repository.ts";
import { countryQuery, organizationQuery, personQuery } from "../src/graph/queries/actors.ts";
import { documentQuery } from "../src/graph/queries/documents.ts";
import { eventsByIdQuery } from "../src/graph/queries/events.ts";
import { lookupWith } from "../src/graph/queries/lookup.ts";

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1] || 50);

/** The single-entity requests of bench/api.ts as the one query each runs (sample keys of the generated graph). */
const QUERIES: Record<string, Cypher[]> = {
  country: [countryQuery({ code: "USA" })],
  event: [lookupWith(eventsByIdQuery(["bench-e123"]), "event", "id", { evidence: LOOKUP_LISTS.Event.evidence })],
  person: [lookupWith(personQuery("Bench Person 7"), "person", "key", LOOKUP_LISTS.Person)],
  document: [lookupWith(documentQuery("bench-doc-42"), "document", "id", LOOKUP_LISTS.Document)],
  organization: [lookupWith(organizationQuery("NATO"), "actor", "key", { members: LOOKUP_LISTS.Organization.members })],
};

const median = (xs: number[], q = 0.5) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

async function main(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver(config);
  try {
    for (const [name, cyphers] of Object.entries(QUERIES)) {
      for (const [i, c] of cyphers.entries()) {
        const p = await profileQuery(driver, config, c);
        const times: number[] = [];
        const wall: number[] = [];
        for (let r = 0; r < RUNS; r++) {
          const t0 = performance.now();
          const { serverMs } = await profileQuery(driver, config, c, false);
          wall.push(performance.now() - t0);
          times.push(serverMs);
        }
        console.log(`${name}#${i}: dbHits ${p.dbHits} rows ${p.rows} server ms median ${median(times)} p90 ${median(times, 0.9)}; client ms median ${median(wall).toFixed(1)} p90 ${median(wall, 0.9).toFixed(1)}`);
        console.log(`  ${p.operators.join(" <- ")}`);
      }
    }
  } finally {
    await closeDriver(driver);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
