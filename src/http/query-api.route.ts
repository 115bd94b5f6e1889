// POST /db/{database}/query/v2: read-only Cypher in Neo4j's Query API shape, in the Cypher pool (never GraphQL's), answered by its deadline.
import { queryApiError, runQueryApi, type QueryApiResponse } from '../query-api';
import { readJsonBody, send } from './http-io';
import { answerByDeadline } from './deadline';
import type { HttpContext, RouteRequest } from './http-context';

/** How long after a statement's budget the route answers TIMEOUT itself, should the store not have (it ends its work by then). */
const ROUTE_GRACE_MS = 500;

/** /db/{database}/query/v2. */
export async function handleQueryApi(ctx: HttpContext, { req, res, method, arrivedAt, cors }: RouteRequest, database: string): Promise<void> {
  const answer = (r: QueryApiResponse, extra: Record<string, string> = {}) =>
    send(res, r.status, 'application/json; charset=utf-8', JSON.stringify(r.body), { ...cors, 'cache-control': 'no-store', ...extra });
  if (method !== 'POST') return answer(queryApiError('BAD_REQUEST', 'Use POST'), { allow: 'POST' });
  const read = await readJsonBody(req, 'the statement', ctx.config.bodyTimeoutMs);
  if ('code' in read) return answer(queryApiError(read.code, read.message), read.headers);
  // The statement's budget counts from its arrival: waiting for a Cypher slot spends it too.
  const deadline = arrivedAt + ctx.config.queryTimeoutMs;
  const slot = await ctx.cypher.enter(deadline);
  if ('code' in slot) return answer(queryApiError(slot.code, slot.message), slot.headers);
  try {
    await answerByDeadline(
      deadline + ROUTE_GRACE_MS,
      async (late) => {
        const response = await runQueryApi(ctx.store, ctx.config, ctx.logger, database, read.body, deadline);
        if (!late()) answer(response);
      },
      () => answer(queryApiError('TIMEOUT', `The statement took longer than its budget of ${ctx.config.queryTimeoutMs} ms`)),
    );
  } finally {
    slot.leave();
  }
}
