// The pid file of an instance, and whether that pid is still this instance's server (a pid can be
// reused by an unrelated process after a crash or reboot).
import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { NEO4J_MAIN_CLASS } from "./server-config.ts";

export async function readPid(pidFile: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(pidFile, "utf8")).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function removePidFile(pidFile: string): Promise<void> {
  return rm(pidFile, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function commandLineOf(pid: number): Promise<string | null> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, "utf8")).replaceAll("\0", " ");
  } catch {
    // No /proc (macOS): ask ps.
    return new Promise((resolve) => {
      execFile("ps", ["-o", "command=", "-p", String(pid)], (err, stdout) => resolve(err ? null : stdout));
    });
  }
}

/** True when pid is alive and is the Neo4j server of this home directory. */
export async function isOurServer(pid: number, homeDir: string): Promise<boolean> {
  if (!isAlive(pid)) return false;
  const cmd = await commandLineOf(pid);
  return cmd !== null && cmd.includes(NEO4J_MAIN_CLASS) && cmd.includes(`--home-dir=${homeDir}`);
}

/** The live server pid of this home, or null (a stale pid file is removed). */
export async function runningPid(pidFile: string, homeDir: string): Promise<number | null> {
  const pid = await readPid(pidFile);
  if (pid === null) return null;
  if (await isOurServer(pid, homeDir)) return pid;
  await removePidFile(pidFile);
  return null;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** SIGTERM, wait up to graceMs, then SIGKILL (survivable, but forces recovery on the next start). */
export async function terminate(pid: number, graceMs: number): Promise<"terminated" | "killed"> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return "terminated";
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return "terminated";
    await sleep(200);
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch { /* exited meanwhile */ }
  while (isAlive(pid)) await sleep(100);
  return "killed";
}
