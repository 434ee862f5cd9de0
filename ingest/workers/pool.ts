// A pool of worker threads running one synchronous function of a module, plus an ordered,
// bounded map over an async stream. compromise is synchronous: threads are its only parallelism.
import { type ResourceLimits, Worker } from "node:worker_threads";
import type { ReplyMessage, TaskMessage } from "./worker.ts";

const BOOTSTRAP = new URL("./bootstrap.mjs", import.meta.url);

export interface PoolOptions {
  readonly workers: number;
  /** The module holding the function (a file URL), and the function's export name. */
  readonly module: URL;
  readonly exportName: string;
  /** V8 heap limits per worker: a tighter old generation makes workers collect sooner (lower RSS). */
  readonly resourceLimits?: ResourceLimits;
}

export interface TaskPool<T, R> {
  readonly size: number;
  run(task: T): Promise<R>;
  close(): Promise<void>;
}

interface Waiter { resolve(value: unknown): void; reject(err: Error): void }
interface Slot { worker: Worker; readonly pending: Map<number, Waiter>; replied: boolean; lastError?: Error }

export function createPool<T, R>(options: PoolOptions): TaskPool<T, R> {
  if (!Number.isInteger(options.workers) || options.workers < 1) throw new Error(`workers must be a positive integer, got ${options.workers}`);
  const workerData = { module: options.module.href, exportName: options.exportName };
  const slots: Slot[] = [];
  let seq = 0;
  let closing = false;
  let broken: Error | undefined;

  function spawn(index: number): void {
    const slot: Slot = { worker: new Worker(BOOTSTRAP, { workerData, ...(options.resourceLimits && { resourceLimits: options.resourceLimits }) }), pending: new Map(), replied: false };
    slots[index] = slot;
    slot.worker.on("message", (msg: ReplyMessage) => {
      slot.replied = true;
      const waiter = slot.pending.get(msg.seq);
      slot.pending.delete(msg.seq);
      if ("error" in msg) waiter?.reject(new Error(msg.error));
      else waiter?.resolve(msg.result);
    });
    slot.worker.on("error", (err) => {
      slot.lastError = err;
    });
    slot.worker.on("exit", (code) => {
      if (closing) return;
      const err = new Error(`worker ${index} exited (code ${code})${slot.lastError ? `: ${slot.lastError.message}` : ""}`);
      for (const waiter of slot.pending.values()) waiter.reject(err);
      slot.pending.clear();
      // A worker that never answered cannot start (a load error): respawning would loop.
      if (slot.replied) spawn(index);
      else broken = err;
    });
  }
  for (let i = 0; i < options.workers; i++) spawn(i);

  return {
    size: options.workers,
    run(task: T): Promise<R> {
      if (broken) return Promise.reject(broken);
      if (closing) return Promise.reject(new Error("pool is closed"));
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = seq++;
      return new Promise<R>((resolve, reject) => {
        slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        const message: TaskMessage = { seq: id, task };
        slot.worker.postMessage(message);
      });
    },
    async close(): Promise<void> {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Maps `fn` over `source`, at most `maxInFlight` items started but not yet yielded (the source is
 * not read further until the oldest is done), yielding results in input order.
 */
export async function* mapOrdered<I, O>(source: AsyncIterable<I>, fn: (item: I) => Promise<O>, maxInFlight: number): AsyncGenerator<O> {
  const queue: Array<Promise<O>> = [];
  for await (const item of source) {
    const p = fn(item);
    p.catch(() => undefined); // rejections surface when the promise is awaited, in order
    queue.push(p);
    while (queue.length >= maxInFlight) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}
