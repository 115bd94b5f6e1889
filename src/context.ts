// The GraphQL context: the store, settings, fresh DataLoaders and the budget of each request.
import type { Principal } from './auth/authenticate';
import type { Config } from './config';
import type { Logger } from './logger';
import { Loaders, type LoaderOptions } from './repo/loaders';
import { RequestBudget } from './request-budget';
import type { GraphStore } from './store/graph-store';

/** What every resolver receives. */
export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  config: Config;
  logger: Logger;
  budget: RequestBudget;
  /** The writer the request's bearer token names (null: none sent; queries need none). */
  principal: Principal | null;
}

/** Makes the context of one request. */
export function createContext(
  store: GraphStore,
  config: Config,
  logger: Logger,
  loaderOptions: LoaderOptions = {},
  principal: Principal | null = null,
): Context {
  return {
    store,
    loaders: new Loaders(store, loaderOptions),
    config,
    logger,
    budget: new RequestBudget({ maxResponseBytes: config.maxResponseBytes, timeoutMs: config.requestTimeoutMs }),
    principal,
  };
}
