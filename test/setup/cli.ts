// Runs the real `entente` CLI in a child process (for exit codes and messages).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ENTENTE_BIN = fileURLToPath(new URL("../../bin/entente.mjs", import.meta.url));

export type CliResult = Readonly<{ code: number; stdout: string; stderr: string }>;

/** env replaces the environment entirely (so a test controls PATH, JAVA_HOME...); cwd avoids a stray .env. */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>>, cwd: string, timeoutMs = 180_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ENTENTE_BIN, ...args], { env, cwd, timeout: timeoutMs }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
