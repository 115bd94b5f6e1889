// The HTTP server: /graphql (Apollo, with limits, budgets and masking), / (playground), /explore, /export, the Query API, /health; admission and drain.
import http from 'node:http';
import net from 'node:net';
import v8 from 'node:v8';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import contentType from 'content-type';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { EXPLORE_PAGE_SIZE, readExploreAsset, renderExplorePage } from './explore/explore-page';
import { exportAround, type ExportFormat } from './export/graph-export';
import { CLIENT_ERROR_CODES, clientErrorCodeOf, createErrorFormatter, type ClientErrorCode } from './errors';
import { createLeanReadsPlugin } from './graphql/lean-reads';
import { createLimitsPlugin, KnownOperationTypesRule, LIMITS } from './graphql/limits';
import { createSchema } from './graphql/schema';
import type { Logger } from './logger';
import { PLAYGROUND_CSP, readPlaygroundAsset, renderPlaygroundPage } from './playground/playground';
import { queryApiDatabase, queryApiError, runQueryApi, type QueryApiResponse } from './query-api';
import { pictureAround } from './repo/neighbourhood.repo';
import { createBudgetPlugin } from './request-budget';
import type { GraphStore } from './store/graph-store';

/** Largest request body accepted. */
export const MAX_BODY_BYTES = 1_000_000;

/** How long a request may wait for an execution slot before it is answered 503. */
export const MAX_QUEUE_WAIT_MS = 5000;

/** How long no request must be in flight before a drain closes the connections. */
const DRAIN_QUIET_MS = 250;

/**
 * How long an idle connection is kept: clients are told KEEP_ALIVE_S (`Keep-Alive: timeout=5`) and the server
 * holds it 2 s longer (Node 20 adds 1 s of its own). Told 5 s and held ≈ 6 s, a request that Node 20's fetch sent
 * on a connection at its end, its timers running late on a busy event loop, met a socket being closed:
 * ECONNRESET on a POST, which it does not retry (nodejs/undici#3141; seen once in `npm test`).
 */
const KEEP_ALIVE_S = 5;
const KEEP_ALIVE_HELD_MS = KEEP_ALIVE_S * 1000 + 2000;

/** How long a store probe of /health stays fresh. */
const HEALTH_PROBE_TTL_MS = 1000;

/** The server could not start (for example, the port is taken); the message says what to do. */
export class ServerStartError extends Error {}

/** Builds the Apollo server with limits, budgets and masking. */
export async function createApolloServer(config: Config, logger: Logger): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    schema: await createSchema(),
    // No HTTP cache hints are given: the cache-control plugin would only wrap every field's resolver for nothing.
    plugins: [createLimitsPlugin<Context>(), createBudgetPlugin<Context>(), createLeanReadsPlugin(), ApolloServerPluginCacheControlDisabled()],
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
  /** Stops accepting, lets in-flight requests finish (new ones get 503) for up to `deadlineMs`, then closes. */
  drain(deadlineMs: number): Promise<{ unfinished: number }>;
  close(): Promise<void>;
}

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff' };

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

function sendJsonError(res: http.ServerResponse, code: ClientErrorCode | 'INTERNAL_SERVER_ERROR', message: string, extra: Record<string, string> = {}): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  send(res, code === 'INTERNAL_SERVER_ERROR' ? 500 : CLIENT_ERROR_CODES[code], 'application/json; charset=utf-8', body, extra);
}

/** A request's headers as Apollo takes them (repeated headers joined by commas). */
export function headerMapOf(req: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  return headers;
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

/** Why a request is refused: a client code, its message and extra headers. */
interface Refusal {
  code: ClientErrorCode;
  message: string;
  headers?: Record<string, string>;
}

/** The JSON body of a POST (`what` names it in the messages), or why it cannot be read. */
async function readJsonBody(req: http.IncomingMessage, what: string): Promise<{ body: unknown } | Refusal> {
  const raw = await readBody(req);
  if (raw === null) return { code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${MAX_BODY_BYTES} bytes` };
  if (!isJsonMediaType(req.headers['content-type']))
    return { code: 'UNSUPPORTED_MEDIA_TYPE', message: `Send ${what} as JSON (content-type: application/json)` };
  try {
    return { body: JSON.parse(raw) as unknown };
  } catch {
    return { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
  }
}

/** Whether a Content-Type header is exactly application/json (parameters allowed, case-insensitive). */
export function isJsonMediaType(header: string | undefined): boolean {
  if (!header) return false;
  try {
    return contentType.parse(header).type === 'application/json';
  } catch {
    return false;
  }
}

/** Admission: at most `max` executions at once and `maxQueued` waiting; a full queue or a full heap refuses. */
export class Admission {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly max: number,
    private readonly maxQueued: number,
    private readonly heapLimitBytes: number,
  ) {}

  /** Requests executing or waiting. */
  get load(): number {
    return this.active + this.waiting.length;
  }

  /** Waits for a slot; null when the queue is full, the heap is over its limit, or the wait runs out. */
  async enter(): Promise<(() => void) | null> {
    // v8's heap statistics, not process.memoryUsage(): no /proc read on every request.
    if (v8.getHeapStatistics().used_heap_size > this.heapLimitBytes) return null;
    if (this.active >= this.max) {
      if (this.waiting.length >= this.maxQueued) return null;
      const admitted = await new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          const at = this.waiting.indexOf(wake);
          if (at >= 0) this.waiting.splice(at, 1);
          resolve(false);
        }, MAX_QUEUE_WAIT_MS);
        this.waiting.push(wake);
      });
      if (!admitted) return null;
    } else {
      this.active++;
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
}

/** CORS for an allowed origin: the headers to add, or null when the origin is not allowed (or none was sent). */
function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> | null {
  if (!origin || !allowed.includes(origin)) return null;
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '600',
};

/** Starts the HTTP server on config.port (0 picks a free port). */
export async function startServer(store: GraphStore, config: Config, logger: Logger, options: { ready?: boolean } = {}): Promise<RunningServer> {
  const apollo = await createApolloServer(config, logger);
  const admission = new Admission(config.maxConcurrent, config.maxQueued, config.shedHeapMb * 1024 * 1024);
  let ready = options.ready ?? true;
  let draining = false;
  let inFlight = 0;

  /** A slot for one request, or why there is none: the server is draining, or busy (queue full, heap high, waited too long). */
  const admit = async (): Promise<{ leave: () => void } | Refusal> => {
    const retry = { 'retry-after': '1' };
    if (draining) return { code: 'SERVICE_UNAVAILABLE', message: 'The server is shutting down: try again shortly', headers: retry };
    const leave = await admission.enter();
    return leave ? { leave } : { code: 'SERVER_BUSY', message: 'The server is busy: try again shortly', headers: retry };
  };

  // The store probe behind /health: answered from the last result (at most a second old) while the next
  // runs in the background, one at a time, so health never waits behind a busy store; only the first is awaited.
  let lastProbe: { at: number; ok: boolean } | null = null;
  let probing: Promise<boolean> | null = null;
  const storeReachable = (): Promise<boolean> => {
    if (!probing && (!lastProbe || Date.now() - lastProbe.at > HEALTH_PROBE_TTL_MS)) {
      probing = store
        .read('count-documents')
        .then(
          () => true,
          (error: unknown) => {
            logger.error('health check failed', { error: (error as Error).message });
            return false;
          },
        )
        .then((ok) => {
          lastProbe = { at: Date.now(), ok };
          probing = null;
          return ok;
        });
    }
    return lastProbe ? Promise.resolve(lastProbe.ok) : probing!;
  };

  const handleGraphql = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, cors: Record<string, string>): Promise<void> => {
    const headers = headerMapOf(req);
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const read = await readJsonBody(req, 'the operation');
      if ('code' in read) return sendJsonError(res, read.code, read.message, cors);
      body = read.body;
      if (Array.isArray(body)) return sendJsonError(res, 'BAD_REQUEST', 'Batched operations are not supported', cors);
    }
    const slot = await admit();
    if ('code' in slot) return sendJsonError(res, slot.code, slot.message, { ...cors, ...slot.headers });
    const { leave } = slot;
    try {
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => createContext(store, config, logger),
      });
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      for (const [key, value] of Object.entries({ ...SECURITY_HEADERS, ...cors })) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } finally {
      leave();
    }
  };

  /** POST /db/{database}/query/v2: read-only Cypher in Neo4j's Query API shape, admitted like GraphQL requests. */
  const handleQueryApi = async (req: http.IncomingMessage, res: http.ServerResponse, database: string, cors: Record<string, string>): Promise<void> => {
    const answer = (r: QueryApiResponse, extra: Record<string, string> = {}) =>
      send(res, r.status, 'application/json; charset=utf-8', JSON.stringify(r.body), { ...cors, 'cache-control': 'no-store', ...extra });
    if (req.method !== 'POST') return answer(queryApiError('BAD_REQUEST', 'Use POST'), { allow: 'POST' });
    const read = await readJsonBody(req, 'the statement');
    if ('code' in read) return answer(queryApiError(read.code, read.message));
    const slot = await admit();
    if ('code' in slot) return answer(queryApiError(slot.code, slot.message), slot.headers);
    try {
      return answer(await runQueryApi(store, config, logger, database, read.body));
    } finally {
      slot.leave();
    }
  };

  /** Runs `work` in an admission slot (SERVER_BUSY when there is none); a coded client error becomes its JSON error. */
  const admitted = async (res: http.ServerResponse, work: () => Promise<void>): Promise<void> => {
    const slot = await admit();
    if ('code' in slot) return sendJsonError(res, slot.code, slot.message, slot.headers);
    try {
      await work();
    } catch (error) {
      const code = clientErrorCodeOf(error);
      if (code === null) throw error;
      sendJsonError(res, code, (error as Error).message);
    } finally {
      slot.leave();
    }
  };

  /** GET /export/graphml|csv?id=<id or name>&depth=N[&part=nodes|edges]: a neighbourhood as files, admitted like other requests. */
  const handleExport = async (res: http.ServerResponse, url: URL, format: ExportFormat): Promise<void> => {
    const around = url.searchParams.get('id') ?? '';
    const depth = Number(url.searchParams.get('depth') ?? '1');
    const part = url.searchParams.get('part') ?? 'nodes';
    if (!around) return sendJsonError(res, 'BAD_USER_INPUT', 'Give ?id=<id or name>');
    if (format === 'csv' && part !== 'nodes' && part !== 'edges') return sendJsonError(res, 'BAD_USER_INPUT', 'part is nodes or edges');
    return admitted(res, async () => {
      const files = await exportAround(store, around, depth, format);
      const body = 'graphml' in files ? files.graphml : part === 'edges' ? files.edges : files.nodes;
      const name = `dossier-${format === 'csv' ? part : 'graph'}.${format}`;
      send(res, 200, format === 'graphml' ? 'application/graphml+xml; charset=utf-8' : 'text/csv; charset=utf-8', body, {
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      });
    });
  };

  /** GET /explore/neighbours?id=&skip=&limit=&depth=: a neighbourhood for the picture, edges with their evidence quotes. */
  const handleNeighbours = async (res: http.ServerResponse, url: URL): Promise<void> => {
    const int = (name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);
    const [skip, limit, depth] = [int('skip', 0), int('limit', EXPLORE_PAGE_SIZE), int('depth', 1)];
    if (![skip, limit].every((n) => Number.isInteger(n) && n >= 0 && n <= 100_000) || limit > 100)
      return sendJsonError(res, 'BAD_USER_INPUT', 'skip must be a whole number and limit 0–100');
    return admitted(res, async () => {
      const { hood, quotes } = await pictureAround(store, url.searchParams.get('id') ?? '', depth, { perNode: limit, skip, maxNodes: 200 });
      const edges = hood.edges.map(({ evidenceIds, ...e }) => ({ ...e, evidence: evidenceIds.flatMap((id) => quotes.get(id) ?? []) }));
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ...hood, edges }), { 'cache-control': 'no-store' });
    });
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const cors = corsHeaders(req.headers.origin, config.corsOrigins) ?? {};
    if (draining) res.setHeader('connection', 'close');
    else res.setHeader('keep-alive', `timeout=${KEEP_ALIVE_S}`);
    if (req.method === 'OPTIONS') {
      const allowed = Object.keys(cors).length > 0;
      res.writeHead(204, { ...SECURITY_HEADERS, allow: 'GET, POST, OPTIONS', ...(allowed ? { ...cors, ...PREFLIGHT_HEADERS } : {}) });
      return void res.end();
    }
    if (url.pathname === '/health') {
      if (draining) return sendJsonError(res, 'SERVICE_UNAVAILABLE', 'The server is shutting down');
      if (!ready) return sendJsonError(res, 'SERVICE_UNAVAILABLE', 'The store is not open and seeded yet');
      if (!(await storeReachable())) return sendJsonError(res, 'SERVICE_UNAVAILABLE', 'The database cannot be reached');
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ status: 'ok', engine: store.engine, load: admission.load }), {
        'cache-control': 'no-store',
      });
    }
    const page =
      req.method !== 'GET'
        ? null
        : url.pathname === '/' || url.pathname === '/playground'
          ? renderPlaygroundPage()
          : url.pathname === '/explore'
            ? renderExplorePage()
            : null;
    if (page !== null) {
      return send(res, 200, 'text/html; charset=utf-8', page, {
        'cache-control': 'no-cache',
        'content-security-policy': PLAYGROUND_CSP,
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
    }
    if (req.method === 'GET' && url.pathname === '/explore/neighbours') return handleNeighbours(res, url);
    const asset = req.method === 'GET' ? (readPlaygroundAsset(url.pathname) ?? readExploreAsset(url.pathname)) : null;
    if (asset) return send(res, 200, asset.type, asset.body, { 'cache-control': 'public, max-age=3600' });
    const exportFormat = /^\/export\/(graphml|csv)$/.exec(url.pathname)?.[1] as ExportFormat | undefined;
    if (exportFormat && req.method === 'GET') return handleExport(res, url, exportFormat);
    const database = queryApiDatabase(url.pathname);
    if (database !== null) return handleQueryApi(req, res, database, cors);
    if (url.pathname !== '/graphql') return sendJsonError(res, 'NOT_FOUND', `No route ${url.pathname}`);
    if (req.method !== 'POST' && req.method !== 'GET') {
      return sendJsonError(res, 'METHOD_NOT_ALLOWED', 'Use POST (or GET) on /graphql', { ...cors, allow: 'GET, POST, OPTIONS' });
    }
    return handleGraphql(req, res, url, cors);
  };

  const server = http.createServer((req, res) => {
    inFlight++;
    res.on('close', () => inFlight--);
    handle(req, res).catch((error: unknown) => {
      logger.error('request failed', { error: (error as Error).message, stack: (error as Error).stack });
      if (!res.headersSent) sendJsonError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_HELD_MS;
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
  let closed: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      draining = true;
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
      draining = true;
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
