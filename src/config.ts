// The only reader of process.env: every setting is parsed and checked here, once.
import { config as loadDotenv } from "dotenv";
import { z } from "zod";

const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

const uri = z.string().refine((v) => {
  try {
    return NEO4J_SCHEMES.includes(new URL(v).protocol.replace(/:$/, ""));
  } catch {
    return false;
  }
}, `must be a URL with scheme ${NEO4J_SCHEMES.join(", ")}`);

const port = z.coerce.number().int().min(1).max(65535);
const size = z.string().regex(/^\d+[kmg]$/i, "must be a size such as 512m or 1g");

const schema = z.object({
  NEO4J_URI: uri.default("bolt://127.0.0.1:7687"),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").default("entente-local"),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, "must be a Neo4j database name").default("neo4j"),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HOME_DIR: z.string().min(1).default(".neo4j"),
  NEO4J_VERSION: z.string().regex(/^5\.26\.\d+$/, "must be a Neo4j 5.26.x version (the last line on Java 17)").default("5.26.30"),
  NEO4J_BROWSER_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/).default("5.24.0"),
  NEO4J_HEAP: size.default("1g"),
  NEO4J_PAGECACHE: size.default("512m"),
  // Shared jar cache for every local instance: <dir>/<version>/lib (relative paths: from the project root).
  NEO4J_DIST_DIR: z.string().min(1).default(".neo4j-dist"),
  // The JDK (17 or 21) for the local Neo4j; unset: `java` on PATH.
  JAVA_HOME: z.string().optional(),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  PORT: port.default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  INGEST_API_KEY: z.string().optional().transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || v.length >= 16, "must be at least 16 characters when set"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug"]).default("info"),
  // Tests clear the database: they refuse a non-loopback NEO4J_URI unless this is 1.
  ENTENTE_TEST_ALLOW_REMOTE: z.enum(["0", "1"]).default("0"),
});

export type Config = Readonly<{
  neo4j: Readonly<{ uri: string; user: string; password: string; database: string; queryTimeoutMs: number }>;
  local: Readonly<{ httpPort: number; boltPort: number; homeDir: string; version: string; browserVersion: string; heap: string; pageCache: string; distDir: string; javaHome: string | undefined }>;
  port: number;
  host: string;
  ingestApiKey: string | undefined;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug";
  testAllowRemote: boolean;
}>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses an environment (pure: pass process.env or a test's table). */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(clean);
  if (!result.success) {
    const problems = result.error.issues.map((i) => {
      const key = i.path.join(".");
      const got = env[key];
      return `${key}: ${i.message}${got !== undefined && !/PASSWORD|KEY/.test(key) ? ` (got "${got}")` : ""}`;
    });
    throw new ConfigError(problems);
  }
  const c = result.data;
  const boltPort = Number(new URL(c.NEO4J_URI).port || 7687);
  return {
    neo4j: { uri: c.NEO4J_URI, user: c.NEO4J_USER, password: c.NEO4J_PASSWORD, database: c.NEO4J_DATABASE, queryTimeoutMs: c.NEO4J_QUERY_TIMEOUT_MS },
    local: { httpPort: c.NEO4J_HTTP_PORT, boltPort, homeDir: c.NEO4J_HOME_DIR, version: c.NEO4J_VERSION, browserVersion: c.NEO4J_BROWSER_VERSION, heap: c.NEO4J_HEAP, pageCache: c.NEO4J_PAGECACHE, distDir: c.NEO4J_DIST_DIR, javaHome: c.JAVA_HOME },
    port: c.PORT,
    host: c.HOST,
    ingestApiKey: c.INGEST_API_KEY,
    logLevel: c.LOG_LEVEL,
    testAllowRemote: c.ENTENTE_TEST_ALLOW_REMOTE === "1",
  };
}

let cached: Config | undefined;

/** Reads .env (without overriding the real environment) and the process environment, once. */
export function loadConfig(): Config {
  if (!cached) {
    loadDotenv({ quiet: true });
    cached = parseConfig(process.env);
  }
  return cached;
}
