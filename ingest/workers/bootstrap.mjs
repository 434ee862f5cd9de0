// Worker threads do not inherit tsx's loader from the main thread, and `--import tsx` in a
// worker's execArgv is not honoured on Node 20. tsx's CommonJS hooks run in this thread; its ESM
// register() would start one more loader thread per worker (about 26 MB of RSS each, measured),
// and the ingest's memory bar counts every thread. So the task module is loaded through them.
import { workerData } from "node:worker_threads";
import { require as load } from "tsx/cjs/api";

const { module, exportName } = workerData;
const fn = load(module, import.meta.url)[exportName];
if (typeof fn !== "function") throw new Error(`${module} has no function export "${exportName}"`);
load("./worker.ts", import.meta.url).serve(fn);
