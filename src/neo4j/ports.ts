// Is a port free on 127.0.0.1? Checked before starting, so a clash gets a clear error instead of a
// server that dies in its log.
import { createServer } from "node:net";

export function portFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
