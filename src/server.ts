// The HTTP server: Apollo with limits, budgets and masking; the router (src/http/) behind two admission pools; start, drain and close.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config';
import type { Context } from './context';
import { createErrorFormatter } from './errors';
import { createLimitsPlugin, KnownOperationTypesRule, LIMITS } from './graphql/limits';
import { createSchema } from './graphql/schema';
import { createCoverageNotesPlugin } from './graphql/un-data.resolver';
import { Admission } from './http/admission';
import { StoreProbe } from './http/health.route';
import type { HttpContext } from './http/http-context';
import { isClientAbort, sendJsonError } from './http/http-io';
import { KEEP_ALIVE_S, route } from './http/router';
import type { Logger } from './logger';
import { createBudgetPlugin } from './request-budget';
import type { GraphStore } from './store/graph-store';
import { configureCypherAnalysis } from './store/user-cypher-check';

export { headerMapOf, isJsonMediaType, MAX_BODY_BYTES } from './http/http-io';

/** How long a request may wait for an execution slot (when its own deadline is later) before it is answered 503. */
export const MAX_QUEUE_WAIT_MS = 5000;

/** How long no request must be in flight before a drain closes the connections. */
const DRAIN_QUIET_MS = 250;

/**
 * How long an idle connection is held: clients are told KEEP_ALIVE_S and the server holds it 2 s longer (Node 20 adds
 * 1 s of its own). Told 5 s and held ≈ 6 s, a request that Node 20's fetch sent on a connection at its end, its timers
 * running late on a busy event loop, met a socket being closed: ECONNRESET on a POST, which it does not retry
 * (nodejs/undici#3141; seen once in `npm test`).
 */
const KEEP_ALIVE_HELD_MS = KEEP_ALIVE_S * 1000 + 2000;

/** The server could not start (for example, the port is taken); the message says what to do. */
export class ServerStartError extends Error {}

/** Builds the Apollo server with limits, budgets and masking. */
export async function createApolloServer(config: Config, logger: Logger): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    schema: await createSchema(),
    // No HTTP cache hints are given: the cache-control plugin would only wrap every field's resolver for nothing.
    plugins: [createLimitsPlugin<Context>(), createBudgetPlugin<Context>(), createCoverageNotesPlugin<Context>(), ApolloServerPluginCacheControlDisabled()],
    validationRules: [KnownOperationTypesRule],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: config.development,
    formatError: createErrorFormatter(logger, config.development),
    csrfPrevention: true,
  });
  await server.start();
  return server;
}

/** A running Dossier HTTP server. */
export interface RunningServer {
  url: string;
  port: number;
  http: http.Server;
  apollo: ApolloServer<Context>;
  /** Marks the store as seeded and ready (GET /health answers 200 from then on). */
  setReady(ready: boolean): void;
  /**
   * Stops accepting; requests waiting for a slot and new ones on open connections get 503 (Retry-After, Connection:
   * close); requests executing finish for up to `deadlineMs`; then closes.
   */
  drain(deadlineMs: number): Promise<{ unfinished: number }>;
  close(): Promise<void>;
}

/** Starts the HTTP server on config.port (0 picks a free port). */
export async function startServer(store: GraphStore, config: Config, logger: Logger, options: { ready?: boolean } = {}): Promise<RunningServer> {
  configureCypherAnalysis({ deadlineMs: config.cypherAnalysisMs });
  const apollo = await createApolloServer(config, logger);
  const heapLimitBytes = config.shedHeapMb * 1024 * 1024;
  let ready = options.ready ?? true;
  let draining = false;
  let inFlight = 0;
  const ctx: HttpContext = {
    store,
    config,
    logger,
    apollo,
    graphql: new Admission({ what: 'GraphQL requests', max: config.maxConcurrent, maxQueued: config.maxQueued, heapLimitBytes, maxWaitMs: MAX_QUEUE_WAIT_MS }),
    cypher: new Admission({
      what: 'Cypher statements',
      max: config.cypherConcurrent,
      maxQueued: config.cypherQueued,
      heapLimitBytes,
      maxWaitMs: MAX_QUEUE_WAIT_MS,
    }),
    probe: new StoreProbe(store, logger),
    ready: () => ready,
    draining: () => draining,
  };

  const server = http.createServer((req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (!res.writableFinished) logger.info('the client closed the request before its answer', { method: req.method, path: req.url?.slice(0, 200) });
    });
    route(ctx, req, res).catch((error: unknown) => {
      if (isClientAbort(error, req)) {
        logger.info('the client went away', { error: (error as Error).message });
        return void res.destroy();
      }
      logger.error('request failed', { error: (error as Error).message, stack: (error as Error).stack });
      if (!res.headersSent) sendJsonError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_HELD_MS;
  // Headers must arrive within 20 s and a whole request within a minute (Node's defaults: 60 s and 300 s).
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // A request Node cannot parse (a bad request line or header) is answered 400; a socket already gone is let go.
    if (socket.writable && error.code !== 'ECONNRESET') socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(new ServerStartError(`Port ${config.port} on ${config.host} is already in use: stop what listens there or set PORT to another port`));
      else if (error.code === 'EACCES')
        reject(new ServerStartError(`No permission to listen on port ${config.port} on ${config.host}: set PORT to a port above 1023`));
      else if (error.code === 'EADDRNOTAVAIL') reject(new ServerStartError(`HOST ${config.host} is not an address of this machine`));
      else reject(error);
    });
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const startDraining = () => {
    draining = true;
    ctx.graphql.drain();
    ctx.cypher.drain();
  };
  let closed: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      startDraining();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    })());
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    port,
    http: server,
    apollo,
    setReady: (value) => {
      ready = value;
    },
    drain: async (deadlineMs) => {
      startDraining();
      // Stop accepting new connections only: requests on open connections are answered (503 for new work, Connection: close).
      net.Server.prototype.close.call(server);
      // Done when no request has been in flight for a quiet spell (a client may be about to send on a kept-alive connection).
      const until = Date.now() + deadlineMs;
      let quietSince = inFlight === 0 ? Date.now() : Infinity;
      while (Date.now() < until && Date.now() - quietSince < DRAIN_QUIET_MS) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        if (inFlight > 0) quietSince = Infinity;
        else if (quietSince === Infinity) quietSince = Date.now();
      }
      const unfinished = inFlight;
      await close();
      return { unfinished };
    },
    close,
  };
}
