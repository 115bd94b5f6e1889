// One temporary directory per test or bench run, removed when the run ends; roots left by runs that died are swept at the next start.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A run's temporary root: everything the run writes to disk lives under `dir`. */
export interface TempRoot {
  dir: string;
  /** Makes a fresh directory under the root. */
  make(prefix: string): string;
  /** Removes the root and everything under it. */
  remove(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long a root must have been left untouched before a sweep takes it (a run in another pid namespace may share the directory). */
export const SWEEP_AFTER_MS = 15 * 60 * 1000;

/** Removes roots of `kind` whose run (named by its pid) is no longer alive and that nothing touched for `idleMs`; returns how many. */
export function sweepDeadRoots(kind: string, parent = os.tmpdir(), idleMs = SWEEP_AFTER_MS): number {
  const named = new RegExp(`^dossier-${kind}-run-(\\d+)-`);
  let swept = 0;
  for (const name of fs.readdirSync(parent)) {
    const pid = Number(named.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    const dir = path.join(parent, name);
    if (Date.now() - fs.statSync(dir).mtimeMs < idleMs) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    swept++;
  }
  return swept;
}

/** Throws one clear line when `dir`'s file system has less than `neededBytes` free (rather than ENOSPC midway). */
export function assertFreeSpace(dir: string, neededBytes: number, what: string): void {
  const { bavail, bsize } = fs.statfsSync(dir);
  const free = bavail * bsize;
  if (free < neededBytes) {
    const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GB`;
    throw new Error(`${what} needs about ${gb(neededBytes)} free in ${dir}, and ${gb(free)} is free: make room there, or point TMPDIR elsewhere`);
  }
}

/**
 * Sweeps dead roots of `kind`, checks that `neededBytes` are free, then makes this run's root in `parent`
 * (default: the system's temporary directory).
 */
export function runTempRoot(kind: string, neededBytes: number, parent = os.tmpdir()): TempRoot {
  sweepDeadRoots(kind, parent);
  assertFreeSpace(parent, neededBytes, `dossier's ${kind} run`);
  const dir = fs.mkdtempSync(path.join(parent, `dossier-${kind}-run-${process.pid}-`));
  return {
    dir,
    make: (prefix) => fs.mkdtempSync(path.join(dir, prefix)),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
