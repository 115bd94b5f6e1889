// The read-only check of user Cypher: cheap linear checks here, the parse and analysis in a worker thread with a deadline.
import { CodedError } from '../errors';
import { WorkerPool } from '../workers/worker-pool';
import type { Params } from './graph-store';
import { precheckUserCypher } from './read-only-guard';

/** How the analysis runs: threads, queue, and the most time one query's analysis may take. */
export interface CypherAnalysisOptions {
  threads: number;
  maxQueued: number;
  deadlineMs: number;
}

/** Two threads (the machines this runs on have two cores), 64 waiting, five seconds each (DOSSIER_CYPHER_ANALYSIS_MS). */
export const DEFAULT_CYPHER_ANALYSIS: CypherAnalysisOptions = { threads: 2, maxQueued: 64, deadlineMs: 5000 };

let options = DEFAULT_CYPHER_ANALYSIS;
let pool: WorkerPool | null = null;

/** Sets the analysis options of this process (before the first check: the server does it at start). */
export function configureCypherAnalysis(next: Partial<CypherAnalysisOptions>): void {
  const merged = { ...options, ...next };
  if (merged.threads === options.threads && merged.maxQueued === options.maxQueued && merged.deadlineMs === options.deadlineMs) return;
  options = merged;
  const old = pool;
  pool = null;
  void old?.close();
}

/** The process's analysis threads, started on first use. */
export function cypherAnalysisPool(): WorkerPool {
  return (pool ??= new WorkerPool({
    size: options.threads,
    maxQueued: options.maxQueued,
    resourceLimits: { maxOldGenerationSizeMb: 512 },
    warm: ['check-cypher'],
    idleMs: 60_000,
  }));
}

/**
 * Throws unless `text` is one read-only statement (read-only-guard.ts), judged off the event loop: the analysis of a
 * pathological statement grows with the square of its length (a 3 KB sum took 90 s), so it gets the analysis deadline
 * (or less, when the request's own `deadline` comes first) and is refused with QUERY_TOO_COMPLEX past it.
 */
export async function checkUserCypher(text: string, params: Params, deadline = Infinity): Promise<void> {
  precheckUserCypher(text, params);
  await cypherAnalysisPool().run({ kind: 'check-cypher', text, params }, { deadline, runMs: options.deadlineMs }, () =>
    Date.now() >= deadline
      ? new CodedError('The query ran out of its time budget before it was checked', 'TIMEOUT')
      : new CodedError(
          `The query is too complex to check within ${options.deadlineMs} ms: simplify it (shorter expressions, less nesting)`,
          'QUERY_TOO_COMPLEX',
        ),
  );
}
