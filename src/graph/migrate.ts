// Applies schema/constraints.cypher: every statement uses IF NOT EXISTS, so running it again is a no-op.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type GraphDriver, type GraphSettings, writeQuery } from "./driver.ts";

export const CONSTRAINTS_FILE = fileURLToPath(new URL("../../schema/constraints.cypher", import.meta.url));

/** Splits a Cypher script into statements: `//` comment lines dropped, split on `;` at line ends. */
export function splitStatements(script: string): string[] {
  const body = script.split("\n").filter((l) => !/^\s*\/\//.test(l)).join("\n");
  return body.split(/;\s*$/m).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Applies every statement (schema commands cannot share a transaction with writes: one each). */
export async function migrate(driver: GraphDriver, settings: GraphSettings, file = CONSTRAINTS_FILE): Promise<{ statements: number }> {
  const statements = splitStatements(await readFile(file, "utf8"));
  for (const text of statements) await writeQuery(driver, settings, { text, params: {} });
  // Let queries rely on the indexes right away (fulltext ones populate asynchronously).
  await writeQuery(driver, settings, { text: "CALL db.awaitIndexes(300)", params: {} });
  return { statements: statements.length };
}
