// Where a local Neo4j lives (pure). The jars are shared by every instance of one version
// (<distDir>/<version>/lib, fetched once); each instance has its own home (conf, data, logs, run).
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "../config.ts";

export type LocalSettings = Config["local"];

/** The project root (where package.json is): relative NEO4J_HOME_DIR / NEO4J_DIST_DIR start here. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type Layout = Readonly<{
  distDir: string; // <distDir>/<version>
  libDir: string;
  pomFile: string;
  homeDir: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  systemDbDir: string; // exists once the server has started at least once
  logsDir: string;
  runDir: string;
  pidFile: string;
  consoleLog: string;
  pluginsDir: string;
  tmpDir: string; // the JVM's temp folder (Jetty unpacks Neo4j Browser there), kept out of /tmp
}>;

export function layoutFor(local: Pick<LocalSettings, "homeDir" | "distDir" | "version">, root = PROJECT_ROOT): Layout {
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(root, p));
  const distDir = join(abs(local.distDir), local.version);
  const homeDir = abs(local.homeDir);
  const dataDir = join(homeDir, "data");
  return {
    distDir,
    libDir: join(distDir, "lib"),
    pomFile: join(distDir, "pom.xml"),
    homeDir,
    confDir: join(homeDir, "conf"),
    confFile: join(homeDir, "conf", "neo4j.conf"),
    dataDir,
    systemDbDir: join(dataDir, "databases", "system"),
    logsDir: join(homeDir, "logs"),
    runDir: join(homeDir, "run"),
    pidFile: join(homeDir, "run", "neo4j.pid"),
    consoleLog: join(homeDir, "logs", "console.log"),
    pluginsDir: join(homeDir, "plugins"),
    tmpDir: join(homeDir, "run", "tmp"),
  };
}
