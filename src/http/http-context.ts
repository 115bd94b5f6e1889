// What every route of the HTTP server is given: the store, settings, Apollo, the two admission pools and the store probe.
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Config } from '../config';
import type { Context } from '../context';
import type { Logger } from '../logger';
import type { GraphStore } from '../store/graph-store';
import type { Admission } from './admission';

/** The server's parts, shared by its routes. */
export interface HttpContext {
  store: GraphStore;
  config: Config;
  logger: Logger;
  apollo: ApolloServer<Context>;
  /** GraphQL, exports and the explore page's reads. */
  graphql: Admission;
  /** User Cypher (the Query API): its own slots, so that slow statements never starve GraphQL. */
  cypher: Admission;
  /** Whether the store answers a probe in time (health.route's StoreProbe). */
  probe: { ok(): Promise<boolean> };
  /** Whether the store is open and loaded (GET /health is 503 until then). */
  ready(): boolean;
  /** Whether the server is draining (every new request is refused with 503). */
  draining(): boolean;
}

/** One request as a route sees it: when it arrived, its parsed target, and the CORS headers its origin gets. */
export interface RouteRequest {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  /** GET for a HEAD request (answered like GET, without the body). */
  method: string;
  arrivedAt: number;
  cors: Record<string, string>;
}
