// The shared jar cache: <distDir>/<version>/lib, filled once by Maven and reused by every instance.
import { spawn } from "node:child_process";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import type { Layout, LocalSettings } from "./layout.ts";
import { MavenMissingError, MavenResolutionError } from "./errors.ts";
import { fetchPom, mavenArgs } from "./server-config.ts";

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** True when the jars of this version are already in the cache (lib/ appears only when complete). */
export async function jarsCached(layout: Layout): Promise<boolean> {
  return (await exists(layout.libDir)) && (await readdir(layout.libDir)).some((f) => f.startsWith("org.neo4j.app.neo4j-server-"));
}

function runMaven(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    // mvn inherits the environment: it needs PATH/JAVA_HOME, HOME (~/.m2) and any proxy settings.
    const child = spawn("mvn", args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => { output += d.toString(); });
    child.stderr.on("data", (d: Buffer) => { output += d.toString(); });
    child.on("error", (err: NodeJS.ErrnoException) => reject(err.code === "ENOENT" ? new MavenMissingError() : err));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Fetches the jars when they are not cached. Maven copies into a private folder that is then
 * renamed to lib/, so a half-finished fetch is never used and concurrent fetches do not clash.
 */
export async function ensureJars(layout: Layout, local: Pick<LocalSettings, "version" | "browserVersion">, log: (line: string) => void = () => {}): Promise<{ fetched: boolean }> {
  if (await jarsCached(layout)) return { fetched: false };
  await mkdir(layout.distDir, { recursive: true });
  await writeFile(layout.pomFile, fetchPom(local.version, local.browserVersion));
  const tmp = `${layout.libDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  log(`Fetching Neo4j ${local.version} and Neo4j Browser ${local.browserVersion} from Maven Central into ${layout.libDir} (once; about 140 MB)...`);
  try {
    const { code, output } = await runMaven(mavenArgs(layout.pomFile, tmp));
    if (code !== 0) throw new MavenResolutionError(local.version, output);
    if (await jarsCached(layout)) return { fetched: false }; // another process finished first
    await rename(tmp, layout.libDir);
    return { fetched: true };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
