// Two projects: pure unit tests run in parallel; tests against the real Neo4j (integration, api)
// share one database, so their files run one at a time, after the global setup has made sure
// NEO4J_URI answers (starting the local Neo4j if needed).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "db",
          include: ["test/integration/**/*.test.ts", "test/api/**/*.test.ts"],
          globalSetup: ["test/setup/global.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
