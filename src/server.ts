// The HTTP server: /graphql (Apollo, with limits and error masking), / (playground), /health.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { createErrorFormatter } from './errors';
import { createSchema } from './graphql/schema';
import type { Logger } from './logger';
import { readPlaygroundAsset, renderPlaygroundPage } from './playground/playground';
import type { GraphStore } from './store/graph-store';

/** Largest request body accepted. */
export const MAX_BODY_BYTES = 1_000_000;

/** Operation limits: legitimate queries pass, abusive ones are refused with a code. */
export const LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxCost: 20000, maxDirectives: 20 } as const;

/** Builds the Apollo server with limits and masking. */
export async function createApolloServer(config: Config, logger: Logger): Promise<ApolloServer<Context>> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: !config.development },
  });
  const protection = armor.protect();
  const server = new ApolloServer<Context>({
    schema: await createSchema(),
    plugins: [...protection.plugins],
    validationRules: protection.validationRules,
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
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

function sendJsonError(res: http.ServerResponse, status: number, message: string, code: string): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Reads a body up to MAX_BODY_BYTES; a larger one is drained (up to 10×) and gives null. */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_BODY_BYTES * 10) {
        resolve(null);
        req.destroy();
      }
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const CLIENT_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

/**
 * Apollo answers 500 when a limit (graphql-armor) rejects an operation while parsing, though the
 * error is the client's: such a response, with only client-coded errors and no data, becomes 400.
 */
export function correctStatus(status: number, body: string): number {
  if (status < 500) return status;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
    const errors = parsed.errors ?? [];
    const clientOnly = errors.length > 0 && errors.every((e) => CLIENT_ERROR_CODES.has(String(e.extensions?.code)));
    return clientOnly && (parsed.data === undefined || parsed.data === null) ? 400 : status;
  } catch {
    return status;
  }
}

/** Starts the HTTP server on config.port (0 picks a free port). */
export async function startServer(store: GraphStore, config: Config, logger: Logger, options: { ready?: boolean } = {}): Promise<RunningServer> {
  const apollo = await createApolloServer(config, logger);
  let ready = options.ready ?? true;

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      if (!ready) return sendJsonError(res, 503, 'The store is not open and seeded yet', 'SERVICE_UNAVAILABLE');
      try {
        await store.read('count-documents');
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ status: 'ok', engine: store.engine }));
      } catch (error) {
        logger.error('health check failed', { error: (error as Error).message });
        return sendJsonError(res, 503, 'The database cannot be reached', 'SERVICE_UNAVAILABLE');
      }
    }
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/playground')) {
      return send(res, 200, 'text/html; charset=utf-8', renderPlaygroundPage(), { 'cache-control': 'no-cache' });
    }
    const asset = req.method === 'GET' ? readPlaygroundAsset(url.pathname) : null;
    if (asset) return send(res, 200, asset.type, asset.body, { 'cache-control': 'public, max-age=3600' });
    if (url.pathname !== '/graphql') return sendJsonError(res, 404, `No route ${url.pathname}`, 'NOT_FOUND');
    if (req.method !== 'POST' && req.method !== 'GET') return sendJsonError(res, 405, 'Use POST (or GET) on /graphql', 'BAD_REQUEST');

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (raw === null) return sendJsonError(res, 413, `The request body is larger than ${MAX_BODY_BYTES} bytes`, 'BAD_REQUEST');
      if (!(headers.get('content-type') ?? '').includes('application/json')) {
        return sendJsonError(res, 415, 'Send the operation as JSON (content-type: application/json)', 'BAD_REQUEST');
      }
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJsonError(res, 400, 'The request body is not valid JSON', 'BAD_REQUEST');
      }
      if (Array.isArray(body)) return sendJsonError(res, 400, 'Batched operations are not supported', 'BAD_REQUEST');
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: async () => createContext(store, config, logger),
    });
    const out: Record<string, string> = {};
    for (const [key, value] of response.headers) out[key] = value;
    res.statusCode = response.status ?? 200;
    for (const [key, value] of Object.entries(out)) res.setHeader(key, value);
    if (response.body.kind === 'complete') {
      res.statusCode = correctStatus(res.statusCode, response.body.string);
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('request failed', { error: (error as Error).message, stack: (error as Error).stack });
      if (!res.headersSent) sendJsonError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    port,
    http: server,
    apollo,
    setReady: (value) => {
      ready = value;
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
