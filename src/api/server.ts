// Starts the app on a port: stops accepting on SIGTERM/SIGINT, lets in-flight requests finish,
// then closes the driver.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { closeDriver } from "../graph/driver.ts";
import { createApp, type AppOptions } from "./app.ts";

/** Retry budget for the API's driver (createDriver's maxTransactionRetryTimeMs). */
export const API_RETRY_MS = 2_000;

export type RunningServer = Readonly<{ url: string; port: number; server: Server; close: () => Promise<void> }>;

export type ServerOptions = AppOptions & Readonly<{
  port?: number | undefined;
  host?: string | undefined;
  /** Close the driver on shutdown (default true: the server owns it). */
  closeDriverOnStop?: boolean | undefined;
  /** Install SIGTERM/SIGINT handlers (default true). */
  handleSignals?: boolean | undefined;
  /** Longest wait for in-flight requests before connections are cut. */
  drainMs?: number | undefined;
}>;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const yoga = createApp(options);
  const server = createServer(yoga);
  // Long polls are not part of this API: keep slow clients from holding sockets.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? options.config.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), options.drainMs ?? 10_000);
      await drained;
      clearTimeout(timer);
      await yoga.dispose();
      if (options.closeDriverOnStop ?? true) await closeDriver(options.driver);
    })();
    return closing;
  };

  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      process.stderr.write(`entente: ${signal} received, finishing in-flight requests\n`);
      void close().then(() => process.exit(0), () => process.exit(1));
    };
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
  return { url: `http://${host}:${port}/graphql`, port, server, close };
}
