// Lookups over spans sorted by start, in logarithmic time (a 1 MB text has tens of thousands of mentions).

/** The index of the first span in `sorted` (by start) whose start is at or after `at`. */
export function firstAtOrAfter(sorted: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `sorted` (by start) that lie inside `[start, end)`. */
export function spansWithin<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** The span of `sorted` (by start, not overlapping) that contains `at`, or null. */
export function spanAt<T extends { start: number; end: number }>(sorted: readonly T[], at: number): T | null {
  const i = firstAtOrAfter(sorted, at + 1) - 1;
  const s = sorted[i];
  return s && s.start <= at && at < s.end ? s : null;
}
