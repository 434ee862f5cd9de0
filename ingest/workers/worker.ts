// A pool worker: answers {seq, task} messages with {seq, result} or {seq, error}, one at a time
// (the functions it runs are synchronous). bootstrap.mjs loads the task module and calls serve.
import { parentPort } from "node:worker_threads";

export interface TaskMessage { readonly seq: number; readonly task: unknown }
export type ReplyMessage =
  | { readonly seq: number; readonly result: unknown }
  | { readonly seq: number; readonly error: string };

export function serve(fn: (task: unknown) => unknown): void {
  parentPort!.on("message", ({ seq, task }: TaskMessage) => {
    let reply: ReplyMessage;
    try {
      reply = { seq, result: fn(task) };
    } catch (err) {
      reply = { seq, error: err instanceof Error ? err.message : String(err) };
    }
    parentPort!.postMessage(reply);
  });
}
