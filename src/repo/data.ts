// What every repository function takes: the store and the request's loaders — never the GraphQL context.
import type { GraphStore } from '../store/graph-store';
import type { Loaders } from './loaders';

/** The way to data of one request (the GraphQL context is one). */
export interface Data {
  store: GraphStore;
  loaders: Loaders;
}
