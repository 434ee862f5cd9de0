// CI executes the analysts' notebook against the seeded graph: notebooks/run.sh builds its venv
// from the pinned requirements (PyPI) and runs every cell; any failure, including a failed
// install, fails this test.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { ingest } from "../../ingest/ingest.ts";
import { goldExtractor, SEEDS } from "./ingest-fixtures.ts";
import { useTestGraph } from "../setup/graph.ts";

const RUN = fileURLToPath(new URL("../../notebooks/run.sh", import.meta.url));
const g = useTestGraph();

beforeAll(async () => {
  await g.clear();
  // The gold annotations of the seeds: the graph the notebook's questions are asked of, the same on every run.
  const report = await ingest({ inputs: [SEEDS], extractor: goldExtractor(), graph: { driver: g.driver(), settings: g.config } });
  expect(report.failed).toBe(0);
});

type Output = { output_type: string; data?: Record<string, unknown>; ename?: string };

it("notebooks/run.sh executes entente.ipynb top to bottom against the seeded graph", async () => {
  const out = mkdtempSync(join(tmpdir(), "entente-notebook-"));
  const env = {
    ...process.env,
    NEO4J_URI: g.config.neo4j.uri, NEO4J_USER: g.config.neo4j.user, NEO4J_PASSWORD: g.config.neo4j.password,
    NEO4J_DATABASE: g.config.neo4j.database, NOTEBOOK_OUT_DIR: out,
  };
  const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile("bash", [RUN], { env, timeout: 840_000, maxBuffer: 32 * 1024 * 1024 }, (err, _stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stderr });
    });
  });
  expect(result.code, result.stderr.slice(-4000)).toBe(0);

  const nb = JSON.parse(readFileSync(join(out, "entente.ipynb"), "utf8")) as { cells: { cell_type: string; outputs?: Output[] }[] };
  const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
  expect(outputs.filter((o) => o.output_type === "error")).toEqual([]);
  // The heatmap, the RUS-PRK series and the ego network.
  expect(outputs.filter((o) => o.data?.["image/png"]).length).toBe(3);
  const text = outputs.map((o) => String((o.data?.["text/plain"] as string[] | undefined)?.join("") ?? "")).join("\n");
  expect(text).toContain("COOPERATE");
}, 900_000);
