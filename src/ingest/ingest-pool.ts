// Extraction off the event loop: `extract` runs in a worker pool of its own, started on first use, with a deadline.
import { CodedError } from '../errors';
import { WorkerPool } from '../workers/worker-pool';
import type { Extraction, ExtractionInput } from './ingest.types';

/** How extraction runs: threads, queue, and the most time one text may take. */
export interface IngestPoolOptions {
  threads: number;
  maxQueued: number;
  deadlineMs: number;
}

/** One thread (extraction is rare and a reviewer waits for it), 16 waiting, 30 seconds per text. */
export const DEFAULT_INGEST_POOL: IngestPoolOptions = { threads: 1, maxQueued: 16, deadlineMs: 30_000 };

let options = DEFAULT_INGEST_POOL;
let pool: WorkerPool | null = null;

/** Sets this process's extraction options (before the first extraction: the server does it at start). */
export function configureIngestPool(next: Partial<IngestPoolOptions>): void {
  options = { ...options, ...next };
  const old = pool;
  pool = null;
  void old?.close();
}

/** The process's extraction threads, started on first use. */
export function ingestPool(): WorkerPool {
  return (pool ??= new WorkerPool({
    size: options.threads,
    maxQueued: options.maxQueued,
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
    warm: ['ingest'],
    idleMs: 60_000,
  }));
}

/**
 * Runs `extract(input)` in a worker thread: the event loop never waits for it. Past `deadline` (epoch ms) or the
 * pool's own per-text limit, the thread is ended and the extraction refused with TIMEOUT.
 */
export async function extractInPool(input: ExtractionInput, deadline = Infinity): Promise<Extraction> {
  return ingestPool().run<Extraction>({ kind: 'ingest', input }, { deadline, runMs: options.deadlineMs }, () =>
    Date.now() >= deadline
      ? new CodedError('The text ran out of its time budget before it was read', 'TIMEOUT')
      : new CodedError(`Reading the text took longer than ${options.deadlineMs} ms: send a shorter text`, 'TIMEOUT'),
  );
}
