// GET /health: 200 only when the store is loaded, not draining, answers a probe within a second, and not every slot is stuck.
import type { GraphStore } from '../store/graph-store';
import type { Logger } from '../logger';
import { send, sendJsonError } from './http-io';
import type { HttpContext, RouteRequest } from './http-context';

/** How long a probe may take before the store counts as not answering (Kubernetes' probe timeout is 1 s by default). */
export const PROBE_TIMEOUT_MS = 1000;

/** How long a probe's answer stays fresh. */
const PROBE_FRESH_MS = 1000;

/** How long past their deadline every execution slot must be held before /health says the server is stuck. */
const STUCK_GRACE_MS = 1000;

/**
 * The store probe behind /health: one probe at a time; an answer under a second old is reused (and refreshed in the
 * background once half as old); otherwise the probe in flight (or a new one) is awaited at most PROBE_TIMEOUT_MS from
 * when it started. A store that hangs (a stopped Neo4j) turns /health 503 once its probe is a second late, instead of
 * being answered from an old result.
 */
export class StoreProbe {
  private last: { at: number; ok: boolean } | null = null;
  private inFlight: { startedAt: number; done: Promise<boolean> } | null = null;

  constructor(
    private readonly store: GraphStore,
    private readonly logger: Logger,
  ) {}

  async ok(): Promise<boolean> {
    const now = Date.now();
    if (this.inFlight && now - this.inFlight.startedAt > PROBE_TIMEOUT_MS) return false;
    if (this.last && now - this.last.at <= PROBE_FRESH_MS) {
      // Refreshed in the background half-way through, so that under load a probe is rarely awaited.
      if (!this.inFlight && now - this.last.at > PROBE_FRESH_MS / 2) this.inFlight = this.start();
      return this.last.ok;
    }
    const probe = (this.inFlight ??= this.start());
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, probe.startedAt + PROBE_TIMEOUT_MS - now));
    });
    try {
      return await Promise.race([probe.done, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private start(): { startedAt: number; done: Promise<boolean> } {
    const done = this.store.read('count-documents').then(
      () => true,
      (error: unknown) => {
        this.logger.warn('health probe failed', { error: (error as Error).message });
        return false;
      },
    );
    const probe = {
      startedAt: Date.now(),
      done: done.then((ok) => {
        this.last = { at: Date.now(), ok };
        this.inFlight = null;
        return ok;
      }),
    };
    return probe;
  }
}

/** GET /health. */
export async function handleHealth(ctx: HttpContext, { res }: RouteRequest): Promise<void> {
  const noStore = { 'cache-control': 'no-store' };
  if (ctx.draining()) return sendJsonError(res, 'SERVICE_UNAVAILABLE', 'The server is shutting down', noStore);
  if (!ctx.ready()) return sendJsonError(res, 'SERVICE_UNAVAILABLE', 'The store is not open and loaded yet', noStore);
  if (ctx.graphql.stuck(STUCK_GRACE_MS)) return sendJsonError(res, 'SERVICE_UNAVAILABLE', 'Every execution slot is held past its deadline', noStore);
  if (!(await ctx.probe.ok())) return sendJsonError(res, 'SERVICE_UNAVAILABLE', `The database did not answer within ${PROBE_TIMEOUT_MS} ms`, noStore);
  const body = { status: 'ok', engine: ctx.store.engine, load: ctx.graphql.load, cypherLoad: ctx.cypher.load };
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(body), noStore);
}
