// Loads the reference data (countries, organizations with members, people with offices) once:
// a marker node keeps the version (a hash of the data) loaded, so `entente ingest` only writes
// when the gazetteer changed. Runs under the ingest lock, in one transaction.
import { createHash } from "node:crypto";
import { lockIngest } from "./cypher/documents.ts";
import { mergeCountries, mergeOrganizations, mergePeople, readReferenceVersion, type ReferenceData, writeReferenceVersion } from "./cypher/reference.ts";
import { type GraphDriver, type GraphSettings, readQuery } from "./driver.ts";
import { inWriteTransaction } from "./transaction.ts";

export function referenceVersion(ref: ReferenceData): string {
  return createHash("sha256").update(JSON.stringify(ref)).digest("hex").slice(0, 16);
}

function chunk<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Writes the reference data unless this version is already loaded; returns whether it wrote. */
export async function ensureReferenceData(driver: GraphDriver, settings: GraphSettings, ref: ReferenceData): Promise<boolean> {
  const version = referenceVersion(ref);
  const [current] = await readQuery<{ version: string }>(driver, settings, readReferenceVersion());
  if (current?.version === version) return false;
  await inWriteTransaction(driver, settings, async (run) => {
    await run(lockIngest());
    // countries and organizations first: memberships and offices point at them
    for (const rows of chunk(ref.countries, 500)) await run(mergeCountries(rows));
    for (const rows of chunk(ref.organizations, 100)) await run(mergeOrganizations(rows));
    for (const rows of chunk(ref.people, 500)) await run(mergePeople(rows));
    await run(writeReferenceVersion(version));
  }, 120_000);
  return true;
}
