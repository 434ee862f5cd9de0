// A pool worker: loads the task module named by workerData and answers {seq, task} messages with
// {seq, result} or {seq, error}, one at a time (the functions it runs are synchronous).
import { parentPort, workerData } from "node:worker_threads";

interface Setup { readonly module: string; readonly exportName: string }
export interface TaskMessage { readonly seq: number; readonly task: unknown }
export type ReplyMessage =
  | { readonly seq: number; readonly result: unknown }
  | { readonly seq: number; readonly error: string };

const { module, exportName } = workerData as Setup;
const mod = (await import(module)) as Record<string, unknown>;
const fn = mod[exportName];
if (typeof fn !== "function") throw new Error(`${module} has no function export "${exportName}"`);

parentPort!.on("message", ({ seq, task }: TaskMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { seq, result: (fn as (t: unknown) => unknown)(task) };
  } catch (err) {
    reply = { seq, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
