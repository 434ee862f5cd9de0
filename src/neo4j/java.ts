// Finds the JVM for the local Neo4j: JAVA_HOME when set, else `java` on PATH (resolved to its
// absolute path, so the server can be started with a clean environment).
import { execFile } from "node:child_process";
import { access, constants } from "node:fs/promises";
import { join } from "node:path";
import { JavaMissingError } from "./errors.ts";
import { parseJavaHome, parseJavaMajor } from "./server-config.ts";

export type Java = Readonly<{ bin: string; major: number; home: string }>;

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 30_000 }, (err, stdout, stderr) => (err ? reject(err) : resolve(`${stdout}${stderr}`)));
  });
}

export async function findJava(javaHome: string | undefined): Promise<Java> {
  const cmd = javaHome ? join(javaHome, "bin", "java") : "java";
  if (javaHome) {
    try {
      await access(cmd, constants.X_OK);
    } catch {
      throw new JavaMissingError(`JAVA_HOME is ${javaHome}, which has no bin/java`);
    }
  }
  let output: string;
  try {
    output = await run(cmd, ["-XshowSettings:properties", "-version"]);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new JavaMissingError(code === "ENOENT" ? "`java` is not on PATH and JAVA_HOME is not set" : `\`${cmd} -version\` failed (${(err as Error).message.split("\n")[0]})`);
  }
  const major = parseJavaMajor(output);
  if (major === null || major < 17) throw new JavaMissingError(`${cmd} is Java ${major ?? "of unknown version"}`);
  const home = parseJavaHome(output) ?? javaHome ?? "";
  return { bin: home ? join(home, "bin", "java") : cmd, major, home };
}
