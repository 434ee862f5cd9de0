// What every resolver gets, made fresh per request: a repository with its own query counter
// and the request's DataLoaders.
import type { Config } from "../config.ts";
import type { GraphDriver } from "../graph/driver.ts";
import { createReadRepository, type QueryCounter, type ReadRepository } from "../graph/read-repository.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import type { IngestPort } from "./ingest-port.ts";

export type ApiContext = {
  repo: ReadRepository;
  loaders: Loaders;
  counter: QueryCounter;
  authorization: string | null;
  config: Pick<Config, "ingestApiKey">;
  ingest: IngestPort | undefined;
};

export function createContext(driver: GraphDriver, config: Config, request: Request, ingest: IngestPort | undefined): ApiContext {
  const counter: QueryCounter = { queries: 0 };
  const repo = createReadRepository(driver, config, counter);
  return { repo, loaders: createLoaders(repo), counter, authorization: request.headers.get("authorization"), config, ingest };
}
