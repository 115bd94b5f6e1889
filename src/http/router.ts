// The one router: a request target parsed (malformed ones are 400), CORS and keep-alive headers, then the route it names.
import type http from 'node:http';
import type { ExportFormat } from '../export/graph-export';
import { queryApiDatabase } from '../query-api';
import { handleNeighbours, handleExport } from './explore.route';
import { handleGraphql } from './graphql.route';
import { handleHealth } from './health.route';
import { SECURITY_HEADERS, sendJsonError } from './http-io';
import type { HttpContext, RouteRequest } from './http-context';
import { handlePage } from './pages.route';
import { handleQueryApi } from './query-api.route';
import { handleReview } from './review.route';

/** How long clients are told to keep an idle connection (`Keep-Alive: timeout=5`; the server holds it 2 s longer). */
export const KEEP_ALIVE_S = 5;

const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '600',
};

/** CORS for an allowed origin: the headers to add, or none when the origin is not allowed (or none was sent). */
function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  return origin && allowed.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
}

/**
 * A request target in origin form (`/path?query`), its path decoded once to check it, or null when it is malformed:
 * not starting with a single `/` (`//host/…` would be read as an authority), or not a valid URL or percent-encoding.
 */
export function parseTarget(target: string | undefined): URL | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  try {
    const url = new URL(target, 'http://localhost');
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return null;
  }
}

/** Routes one request. */
export async function route(ctx: HttpContext, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const arrivedAt = Date.now();
  if (ctx.draining()) res.setHeader('connection', 'close');
  else res.setHeader('keep-alive', `timeout=${KEEP_ALIVE_S}`);
  const url = parseTarget(req.url);
  if (!url) return sendJsonError(res, 'BAD_REQUEST', 'The request target is malformed: send a path such as /graphql');
  const cors = corsHeaders(req.headers.origin, ctx.config.corsOrigins);
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const request: RouteRequest = { req, res, url, method, arrivedAt, cors };
  if (method === 'OPTIONS') {
    const allowed = Object.keys(cors).length > 0;
    res.writeHead(204, { ...SECURITY_HEADERS, allow: 'GET, HEAD, POST, OPTIONS', ...(allowed ? { ...cors, ...PREFLIGHT_HEADERS } : {}) });
    return void res.end();
  }
  if (url.pathname === '/health') return handleHealth(ctx, request);
  if (url.pathname === '/graphql') return handleGraphql(ctx, request);
  if (handlePage(request)) return;
  if (handleReview(request)) return;
  if (method === 'GET' && url.pathname === '/explore/neighbours') return handleNeighbours(ctx, request);
  const exportFormat = /^\/export\/(graphml|csv)$/.exec(url.pathname)?.[1] as ExportFormat | undefined;
  if (exportFormat && method === 'GET') return handleExport(ctx, request, exportFormat);
  const database = queryApiDatabase(url.pathname);
  if (database !== null) return handleQueryApi(ctx, request, database);
  return sendJsonError(res, 'NOT_FOUND', `No route ${url.pathname.slice(0, 200)}`);
}
