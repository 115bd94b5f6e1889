// Admission: a bounded pool of execution slots with a bounded queue; GraphQL and user Cypher each have their own.
import v8 from 'node:v8';
import type { Refusal } from './http-io';

/** How a pool is set up. */
export interface AdmissionOptions {
  /** What it admits, in messages ("GraphQL requests", "Cypher statements"). */
  what: string;
  /** Executions at once. */
  max: number;
  /** Requests waiting at most; past that SERVER_BUSY. */
  maxQueued: number;
  /** Heap in use above which new requests are refused (SERVER_BUSY) until it falls. */
  heapLimitBytes: number;
  /** Longest wait for a slot, when the request's own deadline is later. */
  maxWaitMs: number;
}

/** A slot held: `leave` gives it back (once). */
export interface Slot {
  leave(): void;
}

interface Held {
  deadline: number;
}

interface Waiter {
  deadline: number;
  /** Ends the wait: a refusal, or the slot handed over by the request that left it. */
  wake(result: Refusal | Held): void;
}

const RETRY = { 'retry-after': '1' };

/**
 * At most `max` executions at once and `maxQueued` waiting. A wait ends when a slot frees, at the request's deadline
 * (or maxWaitMs), or when the server starts to drain: the waiter is then told why (SERVER_BUSY, TIMEOUT or
 * SERVICE_UNAVAILABLE with Retry-After and Connection: close), never left for a stopped executor.
 */
export class Admission {
  private readonly held = new Set<Held>();
  private readonly waiting: Waiter[] = [];
  private draining = false;

  constructor(private readonly options: AdmissionOptions) {}

  /** Requests executing or waiting. */
  get load(): number {
    return this.held.size + this.waiting.length;
  }

  /** Waits for a slot until `deadline` (epoch ms); the slot, or why there is none. */
  async enter(deadline: number): Promise<Slot | Refusal> {
    if (this.draining) return shuttingDown();
    // v8's heap statistics, not process.memoryUsage(): no /proc read on every request.
    if (v8.getHeapStatistics().used_heap_size > this.options.heapLimitBytes) return busy(this.options.what);
    if (this.held.size < this.options.max) return this.hold(deadline);
    if (this.waiting.length >= this.options.maxQueued) return busy(this.options.what);
    const waitUntil = Math.min(deadline, Date.now() + this.options.maxWaitMs);
    const result = await new Promise<Refusal | Held>((resolve) => {
      const timer = setTimeout(
        () => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          resolve(
            deadline <= waitUntil
              ? { code: 'TIMEOUT', message: `The request waited for a free slot until its time budget ran out`, headers: RETRY }
              : busy(this.options.what),
          );
        },
        Math.max(0, waitUntil - Date.now()),
      );
      const waiter: Waiter = {
        deadline,
        wake: (why) => {
          clearTimeout(timer);
          resolve(why);
        },
      };
      this.waiting.push(waiter);
    });
    return 'code' in result ? result : this.slot(result);
  }

  /** Refuses every waiting and later request with SERVICE_UNAVAILABLE; slots held run on. */
  drain(): void {
    this.draining = true;
    for (const waiter of this.waiting.splice(0)) waiter.wake(shuttingDown());
  }

  /** Whether every slot is taken and every holder is past its deadline by more than `graceMs` (a store that hangs). */
  stuck(graceMs: number): boolean {
    if (this.held.size < this.options.max) return false;
    const now = Date.now();
    for (const h of this.held) if (h.deadline + graceMs > now) return false;
    return true;
  }

  private hold(deadline: number): Slot {
    const held: Held = { deadline };
    this.held.add(held);
    return this.slot(held);
  }

  private slot(held: Held): Slot {
    let left = false;
    return {
      leave: () => {
        if (left) return;
        left = true;
        this.held.delete(held);
        // The next waiter takes the slot at once, under its own deadline (no request arriving meanwhile can take it).
        const next = this.waiting.shift();
        if (next) {
          const handed: Held = { deadline: next.deadline };
          this.held.add(handed);
          next.wake(handed);
        }
      },
    };
  }
}

function busy(what: string): Refusal {
  return { code: 'SERVER_BUSY', message: `The server is busy with ${what}: try again shortly`, headers: RETRY };
}

function shuttingDown(): Refusal {
  return { code: 'SERVICE_UNAVAILABLE', message: 'The server is shutting down: try again shortly', headers: { ...RETRY, connection: 'close' } };
}
