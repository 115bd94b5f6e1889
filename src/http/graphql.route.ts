// POST|GET /graphql: Apollo behind GraphQL's admission pool, answered 504 at the request's deadline if still running.
import { authenticate } from '../auth/authenticate';
import { createContext } from '../context';
import { headerMapOf, readJsonBody, sendJsonError, sendRefusal, SECURITY_HEADERS } from './http-io';
import { answerByDeadline } from './deadline';
import type { HttpContext, RouteRequest } from './http-context';

/** /graphql. */
export async function handleGraphql(ctx: HttpContext, { req, res, url, method, arrivedAt, cors }: RouteRequest): Promise<void> {
  if (method !== 'POST' && method !== 'GET') {
    return sendJsonError(res, 'METHOD_NOT_ALLOWED', 'Use POST (or GET) on /graphql', { ...cors, allow: 'GET, POST, OPTIONS' });
  }
  let body: unknown = undefined;
  if (method === 'POST') {
    const read = await readJsonBody(req, 'the operation', ctx.config.bodyTimeoutMs);
    if ('code' in read) return sendRefusal(res, read, cors);
    body = read.body;
    if (Array.isArray(body)) return sendJsonError(res, 'BAD_REQUEST', 'Batched operations are not supported', cors);
  }
  const deadline = arrivedAt + ctx.config.requestTimeoutMs;
  const slot = await ctx.graphql.enter(deadline);
  if ('code' in slot) return sendRefusal(res, slot, cors);
  try {
    await answerByDeadline(
      deadline,
      async (late) => {
        const response = await ctx.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method, headers: headerMapOf(req), search: url.search, body },
          // A bad bearer token is refused here (401), before anything runs.
          context: async () => createContext(ctx.store, ctx.config, ctx.logger, {}, await authenticate(ctx.config.auth, req.headers.authorization)),
        });
        if (late() || res.headersSent || res.destroyed) return;
        res.statusCode = response.status ?? 200;
        for (const [key, value] of response.headers) res.setHeader(key, value);
        for (const [key, value] of Object.entries({ ...SECURITY_HEADERS, ...cors })) res.setHeader(key, value);
        if (response.body.kind === 'complete') {
          res.end(response.body.string);
        } else {
          for await (const chunk of response.body.asyncIterator) res.write(chunk);
          res.end();
        }
      },
      () => sendJsonError(res, 'TIMEOUT', `The request took longer than its budget of ${ctx.config.requestTimeoutMs} ms`, cors),
    );
  } finally {
    slot.leave();
  }
}
