// The server on a real port: health and readiness, and a graceful stop that lets in-flight
// requests finish before it stops accepting and closes.
import { expect, it } from "vitest";
import { startServer } from "../../src/api/server.ts";
import { useTestGraph } from "../setup/graph.ts";

const graph = useTestGraph();

it("serves over HTTP and stops gracefully: in-flight requests finish, new ones are refused", async () => {
  const running = await startServer({ driver: graph.driver(), config: graph.config, port: 0, ingest: null, handleSignals: false, closeDriverOnStop: false });
  const base = running.url.replace(/\/graphql$/, "");
  expect((await fetch(`${base}/health`)).status).toBe(200);
  expect((await fetch(`${base}/ready`)).status).toBe(200);
  // close once the request has reached the server: it is in flight, not merely connecting
  const arrived = new Promise((r) => running.server.once("request", r));
  const inFlight = fetch(running.url, { method: "POST", headers: { "content-type": "application/json", connection: "close" }, body: JSON.stringify({ query: "{ stats { events documents } }" }) });
  await arrived;
  const closed = running.close();
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect(((await res.json()) as { data: { stats: { events: number } } }).data.stats.events).toBeGreaterThanOrEqual(0);
  await closed;
  await expect(fetch(`${base}/health`)).rejects.toThrow();
});
