// Query plans for benchmarks: PROFILE a read query and report its db hits, rows and operators,
// or run it plainly and report the server's own time (result available + consumed).
import neo4j, { type ProfiledPlan } from "neo4j-driver";
import type { Cypher, GraphDriver, GraphSettings } from "./driver.ts";

export type QueryProfile = Readonly<{ dbHits: number; rows: number; operators: string[]; serverMs: number }>;

function walk(plan: ProfiledPlan, out: { dbHits: number; operators: string[] }): void {
  out.dbHits += plan.dbHits;
  out.operators.push(`${plan.operatorType}(${plan.dbHits})`);
  for (const child of plan.children) walk(child, out);
}

/** With `profile` (default), prefixes PROFILE and sums the plan's db hits; always reports server time. */
export async function profileQuery(driver: GraphDriver, settings: GraphSettings, cypher: Cypher, profile = true): Promise<QueryProfile> {
  const session = driver.session({ database: settings.neo4j.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(profile ? `PROFILE ${cypher.text}` : cypher.text, cypher.params);
    const s = result.summary;
    const serverMs = s.resultAvailableAfter.toNumber() + s.resultConsumedAfter.toNumber();
    const out = { dbHits: 0, operators: [] as string[] };
    if (s.profile) walk(s.profile, out);
    return { ...out, rows: result.records.length, serverMs };
  } finally {
    await session.close();
  }
}
