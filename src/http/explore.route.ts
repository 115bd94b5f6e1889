// GET /export/graphml|csv and GET /explore/neighbours: a neighbourhood as files or as the picture's JSON, in GraphQL's admission pool.
import { clientErrorCodeOf } from '../errors';
import { EXPLORE_PAGE_SIZE } from '../explore/explore-page';
import { exportAround, type ExportFormat } from '../export/graph-export';
import { pictureAround } from '../repo/neighbourhood.repo';
import { answerByDeadline } from './deadline';
import { send, sendJsonError, sendRefusal } from './http-io';
import type { HttpContext, RouteRequest } from './http-context';

/** Runs `work` in a GraphQL slot by the request's deadline (504 then); a coded client error becomes its JSON error. */
async function admitted(ctx: HttpContext, { res, arrivedAt }: RouteRequest, work: (late: () => boolean) => Promise<void>): Promise<void> {
  const deadline = arrivedAt + ctx.config.requestTimeoutMs;
  const slot = await ctx.graphql.enter(deadline);
  if ('code' in slot) return sendRefusal(res, slot);
  try {
    await answerByDeadline(
      deadline,
      async (late) => {
        try {
          await work(late);
        } catch (error) {
          const code = clientErrorCodeOf(error);
          if (code === null) throw error;
          if (!late()) sendJsonError(res, code, (error as Error).message);
        }
      },
      () => sendJsonError(res, 'TIMEOUT', `The request took longer than its budget of ${ctx.config.requestTimeoutMs} ms`),
    );
  } finally {
    slot.leave();
  }
}

/** GET /export/graphml|csv?id=<id or name>&depth=N[&part=nodes|edges]. */
export async function handleExport(ctx: HttpContext, request: RouteRequest, format: ExportFormat): Promise<void> {
  const { res, url } = request;
  const around = url.searchParams.get('id') ?? '';
  const depth = Number(url.searchParams.get('depth') ?? '1');
  const part = url.searchParams.get('part') ?? 'nodes';
  if (!around) return sendJsonError(res, 'BAD_USER_INPUT', 'Give ?id=<id or name>');
  if (format === 'csv' && part !== 'nodes' && part !== 'edges') return sendJsonError(res, 'BAD_USER_INPUT', 'part is nodes or edges');
  return admitted(ctx, request, async (late) => {
    const files = await exportAround(ctx.store, around, depth, format);
    if (late()) return;
    const body = 'graphml' in files ? files.graphml : part === 'edges' ? files.edges : files.nodes;
    const name = `dossier-${format === 'csv' ? part : 'graph'}.${format}`;
    send(res, 200, format === 'graphml' ? 'application/graphml+xml; charset=utf-8' : 'text/csv; charset=utf-8', body, {
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    });
  });
}

/** GET /explore/neighbours?id=&skip=&limit=&depth=: edges with their evidence quotes. */
export async function handleNeighbours(ctx: HttpContext, request: RouteRequest): Promise<void> {
  const { res, url } = request;
  const int = (name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);
  const [skip, limit, depth] = [int('skip', 0), int('limit', EXPLORE_PAGE_SIZE), int('depth', 1)];
  if (![skip, limit].every((n) => Number.isInteger(n) && n >= 0 && n <= 100_000) || limit > 100)
    return sendJsonError(res, 'BAD_USER_INPUT', 'skip must be a whole number and limit 0–100');
  return admitted(ctx, request, async (late) => {
    const { hood, quotes } = await pictureAround(ctx.store, url.searchParams.get('id') ?? '', depth, { perNode: limit, skip, maxNodes: 200 });
    if (late()) return;
    const edges = hood.edges.map(({ evidenceIds, ...e }) => ({ ...e, evidence: evidenceIds.flatMap((id) => quotes.get(id) ?? []) }));
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ...hood, edges }), { 'cache-control': 'no-store' });
  });
}
