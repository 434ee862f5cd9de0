import { afterEach, describe, expect, it } from "vitest";
import { createPool, mapOrdered, type TaskPool } from "../../ingest/workers/pool.ts";
import { segment } from "../../ingest/stages/segment.ts";
import type { Sentence } from "../../ingest/types.ts";

// The pool is tested with a real pure stage (segment) run in worker threads through tsx.
const SEGMENT = new URL("../../ingest/stages/segment.ts", import.meta.url);
let pool: TaskPool<unknown, Sentence[]> | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function* from<T>(items: readonly T[], onRead?: (i: number) => void): AsyncGenerator<T> {
  for (let i = 0; i < items.length; i++) {
    onRead?.(i);
    yield items[i]!;
  }
}

describe("worker pool", () => {
  it("runs a TypeScript module's function in worker threads", async () => {
    pool = createPool({ workers: 2, module: SEGMENT, exportName: "segment" });
    const text = "Mr. Putin met Kim. They signed a treaty.\nHeadline";
    expect(await pool.run(text)).toEqual(segment(text));
  });

  it("turns a throwing task into a rejected promise and keeps serving", async () => {
    pool = createPool({ workers: 1, module: SEGMENT, exportName: "segment" });
    await expect(pool.run(null)).rejects.toThrow(/null/);
    expect((await pool.run("Still here.")).map((s) => s.text)).toEqual(["Still here."]);
  });

  it("reports a module without the named function", async () => {
    pool = createPool({ workers: 1, module: SEGMENT, exportName: "nothing" });
    await expect(pool.run("x")).rejects.toThrow(/no function export "nothing"/);
  });

  it("rejects a pool of zero workers", () => {
    expect(() => createPool({ workers: 0, module: SEGMENT, exportName: "segment" })).toThrow(/positive integer/);
  });
});

describe("mapOrdered", () => {
  it("keeps input order when later items finish first, with workers", async () => {
    pool = createPool({ workers: 2, module: SEGMENT, exportName: "segment" });
    const p = pool;
    // long and short documents interleaved: the short ones finish first
    const texts = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? `Doc ${i} starts. `.repeat(400) : `Doc ${i}.`));
    const out: string[] = [];
    for await (const sentences of mapOrdered(from(texts), (t) => p.run(t), 6)) out.push(sentences[0]!.text);
    expect(out).toEqual(texts.map((_, i) => `Doc ${i}${i % 2 === 0 ? " starts." : "."}`));
  });

  it("reads the source no further than the in-flight bound ahead of the consumer", async () => {
    let read = -1;
    const gen = mapOrdered(from([...Array(100).keys()], (i) => (read = i)), async (i) => i * 2, 5);
    const first = await gen.next();
    expect(first.value).toBe(0);
    expect(read).toBeLessThanOrEqual(5);
    const rest: number[] = [];
    for await (const v of gen) rest.push(v);
    expect(rest).toEqual([...Array(99).keys()].map((i) => (i + 1) * 2));
  });

  it("surfaces a failure at its place in the order", async () => {
    const gen = mapOrdered(from([1, 2, 3]), async (i) => {
      if (i === 2) throw new Error("two failed");
      return i;
    }, 3);
    expect((await gen.next()).value).toBe(1);
    await expect(gen.next()).rejects.toThrow("two failed");
  });
});
