// docker-compose.yml is valid for Docker users (no engine here: `docker-compose config -q` checks it).
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const COMPOSE_FILE = fileURLToPath(new URL("../../docker-compose.yml", import.meta.url));

function compose(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    execFile("docker-compose", args, { timeout: 60_000 }, (err, stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === "ENOENT") {
        reject(new Error("docker-compose is not installed: `sudo apt-get install docker-compose` (.ci/run installs it)."));
        return;
      }
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

describe("docker-compose.yml", () => {
  it("is valid, with the official Neo4j image, a healthcheck and an API that waits for it", async () => {
    expect(await compose(["-f", COMPOSE_FILE, "config", "-q"])).toEqual({ code: 0, out: "" });
    const { out } = await compose(["-f", COMPOSE_FILE, "config"]);
    expect(out).toMatch(/image: neo4j:5\.26-community/);
    expect(out).toMatch(/NEO4J_AUTH: neo4j\/\S{8,}/);
    expect(out).toMatch(/healthcheck:/);
    expect(out).toMatch(/condition: service_healthy/);
    expect(out).toMatch(/NEO4J_URI: bolt:\/\/neo4j:7687/);
    expect(out).toMatch(/neo4j-data:\/data/);
  });

  it("the validator rejects a broken file (so the check above can fail)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "entente-compose-"));
    try {
      await writeFile(join(dir, "docker-compose.yml"), "services:\n  api:\n    depends_on:\n      neo4j:\n        condition: service_healthy\n");
      expect((await compose(["-f", join(dir, "docker-compose.yml"), "config", "-q"])).code).not.toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
