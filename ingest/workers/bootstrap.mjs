// Worker threads do not inherit tsx's loader from the main thread, and `--import tsx` in a
// worker's execArgv is not honoured on Node 20: register tsx here, then load the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
