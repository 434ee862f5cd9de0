// A Bolt round trip through the project's graph module, against the real Neo4j.
import { afterAll, describe, expect, it } from "vitest";
import { closeDriver, createDriver, readQuery, verifyGraph, writeQuery, writeTransaction } from "../../src/graph/driver.ts";
import { GraphAuthError, GraphConstraintError, GraphQueryError, GraphTimeoutError, GraphUnavailableError } from "../../src/graph/errors.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { testRead, testWrite, useTestGraph } from "../setup/graph.ts";

const { config, driver } = useTestGraph();
// A label of its own keeps this file's nodes apart from other tests' data.
const LABEL = `DriverTest${process.pid}`;

afterAll(async () => {
  await testWrite({ text: `MATCH (n:${LABEL}) DETACH DELETE n`, params: {} });
});

describe("graph driver", () => {
  it("writes and reads back parameters as plain JS values", async () => {
    await writeQuery(driver(), config, {
      text: `CREATE (n:${LABEL} {name: $name, count: $count, day: date($day), at: datetime($at), tags: $tags})`,
      params: { name: "Paris", count: 42, day: "2024-03-01", at: "2024-03-01T10:15:00Z", tags: ["a", "b"] },
    });
    const rows = await readQuery(driver(), config, {
      text: `MATCH (n:${LABEL} {name: $name}) RETURN n.name AS name, n.count AS count, n.day AS day, n.at AS at, n.tags AS tags, n AS node`,
      params: { name: "Paris" },
    });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ name: "Paris", count: 42, day: "2024-03-01", at: "2024-03-01T10:15:00Z", tags: ["a", "b"] });
    expect(typeof row.count).toBe("number");
    expect(row.node).toMatchObject({ labels: [LABEL], properties: { name: "Paris", count: 42, day: "2024-03-01" } });
  });

  it("runs several statements in one transaction and sums the counters", async () => {
    const { rows, counters } = await writeTransaction(driver(), config, [
      { text: `CREATE (:${LABEL} {k: 1})`, params: {} },
      { text: `MATCH (a:${LABEL} {k: 1}) CREATE (a)-[:LINKS]->(:${LABEL} {k: 2}) RETURN count(*) AS c`, params: {} },
    ]);
    expect(rows[1]).toEqual([{ c: 1 }]);
    expect(counters.nodesCreated).toBe(2);
    expect(counters.relationshipsCreated).toBe(1);
  });

  it("returns integers beyond 2^53 exactly, as bigint", async () => {
    const [row] = await testRead<{ big: unknown }>({ text: "RETURN 9007199254740993 AS big", params: {} });
    expect(row?.big).toBe(9007199254740993n);
  });

  it("maps server errors by code: syntax, constraint, timeout", async () => {
    await expect(testRead({ text: "RETURN nope(", params: {} })).rejects.toBeInstanceOf(GraphQueryError);
    await testWrite({ text: "CREATE (:Country {code: $c, key: $c})", params: { c: `ZZ${process.pid}` } });
    await expect(testWrite({ text: "CREATE (:Country {code: $c, key: $c})", params: { c: `ZZ${process.pid}` } })).rejects.toBeInstanceOf(GraphConstraintError);
    await testWrite({ text: "MATCH (c:Country {code: $c}) DELETE c", params: { c: `ZZ${process.pid}` } });
    const slow = { text: "UNWIND range(1, 200000000) AS x WITH x WHERE x < 0 RETURN count(*)", params: {} };
    await expect(readQuery(driver(), { neo4j: { ...config.neo4j, queryTimeoutMs: 300 } }, slow)).rejects.toBeInstanceOf(GraphTimeoutError);
  });

  it("reports a server that does not answer, and wrong credentials", async () => {
    const down = createDriver({ neo4j: { ...config.neo4j, uri: "bolt://127.0.0.1:9" } }, { connectionTimeoutMs: 2_000 });
    await expect(verifyGraph(down)).rejects.toBeInstanceOf(GraphUnavailableError);
    await closeDriver(down);
    const wrong = createDriver({ neo4j: { ...config.neo4j, password: `${config.neo4j.password}-wrong` } });
    await expect(verifyGraph(wrong)).rejects.toBeInstanceOf(GraphAuthError);
    await closeDriver(wrong);
  });

  it("applies the schema idempotently", async () => {
    const count = async (): Promise<number> => (await testRead({ text: "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n", params: {} }))[0]?.n as number;
    const first = await migrate(driver(), config);
    const before = await count();
    const second = await migrate(driver(), config);
    expect(second.statements).toBe(first.statements);
    expect(await count()).toBe(before);
    expect(before).toBeGreaterThanOrEqual(9);
  });
});
