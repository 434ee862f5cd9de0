// The saved Browser queries run against the seeded graph and answer something; the guide server
// serves the guide and the style with the CORS header Neo4j Browser needs.
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { readQueries } from "../../browser/build.mjs";
import { startServer } from "../../browser/serve.mjs";
import { ingest } from "../../ingest/ingest.ts";
import { readQuery } from "../../src/graph/driver.ts";
import { goldExtractor, SEEDS } from "./ingest-fixtures.ts";
import { useTestGraph } from "../setup/graph.ts";

const g = useTestGraph();

beforeAll(async () => {
  await g.clear();
  const report = await ingest({ inputs: [SEEDS], extractor: goldExtractor(), graph: { driver: g.driver(), settings: g.config } });
  expect(report.failed).toBe(0);
});

describe("saved Browser queries", () => {
  it.each(readQueries().map((q) => [q.file, q.text] as const))("%s runs and returns rows", async (_file, text) => {
    const rows = await readQuery(g.driver(), g.config, { text, params: {} });
    expect(rows.length).toBeGreaterThan(0);
  });

  it("partners and adversaries agree with the RELATION weights", async () => {
    const q = readQueries().find((x) => x.file.includes("partners"))!;
    const rows = await readQuery<{ stance: string; netWeight: number }>(g.driver(), g.config, { text: q.text, params: {} });
    for (const r of rows) expect(r.stance).toBe(r.netWeight > 0 ? "partner" : r.netWeight < 0 ? "adversary" : "neutral");
  });
});

describe("guide server", () => {
  it("serves guide.html and style.grass with CORS, and nothing else", async () => {
    const server = await startServer(0);
    const { port } = server.address() as AddressInfo;
    try {
      const guide = await fetch(`http://127.0.0.1:${port}/guide.html`);
      expect(guide.status).toBe(200);
      expect(guide.headers.get("access-control-allow-origin")).toBe("*");
      expect(await guide.text()).toBe(readFileSync(new URL("../../browser/guide.html", import.meta.url), "utf8"));
      const style = await fetch(`http://127.0.0.1:${port}/style.grass`);
      expect(await style.text()).toContain("node.Event");
      expect((await fetch(`http://127.0.0.1:${port}/../package.json`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/build.mjs`)).status).toBe(404);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
