// A time budget for a promise (queries cannot be cancelled: the budget stops the waiting, not the work).
import { TimeoutError } from '../errors';

/** Runs `task` with a time budget; the task itself is not cancelled. */
export async function withTimeout<T>(task: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([task, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
