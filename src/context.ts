// The GraphQL context: the store, settings and fresh DataLoaders for each request.
import type { Config } from './config';
import type { Logger } from './logger';
import { createLoaders, type LoaderOptions, type Loaders } from './repo/loaders';
import type { GraphStore } from './store/graph-store';

/** What every resolver receives. */
export interface Context {
  store: GraphStore;
  loaders: Loaders;
  config: Config;
  logger: Logger;
}

/** Makes the context of one request. */
export function createContext(store: GraphStore, config: Config, logger: Logger, loaderOptions: LoaderOptions = {}): Context {
  return { store, loaders: createLoaders(store, loaderOptions), config, logger };
}
