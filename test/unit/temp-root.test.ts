// A run's temporary root: under the run's TMPDIR, removed with everything in it, and roots of dead runs swept.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertFreeSpace, runTempRoot, sweepDeadRoots, SWEEP_AFTER_MS } from '../../tools/temp-root';

/** The pid of a process that has ended. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(result.stdout);
}

describe('temporary roots', () => {
  it('live under the run’s own root (the global setup points TMPDIR at it)', () => {
    expect(path.basename(os.tmpdir())).toMatch(/^dossier-test-run-\d+-/);
  });

  it('make directories under the root and remove them all', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'roots-'));
    const root = runTempRoot('unit', 1, parent);
    const store = root.make('store-');
    fs.writeFileSync(path.join(store, 'data'), 'x'.repeat(1000));
    expect(path.dirname(store)).toBe(root.dir);
    root.remove();
    expect(fs.existsSync(root.dir)).toBe(false);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('sweep roots of runs that died, and keep those of live runs and other kinds', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'roots-'));
    const dead = path.join(parent, `dossier-unit-run-${deadPid()}-abc`);
    const live = path.join(parent, `dossier-unit-run-${process.ppid}-def`);
    const other = path.join(parent, `dossier-bench-run-${deadPid()}-ghi`);
    for (const dir of [dead, live, other]) fs.mkdirSync(path.join(dir, 'inside'), { recursive: true });
    // Just made: a run in another pid namespace could still be using it, so it waits its idle time.
    expect(sweepDeadRoots('unit', parent)).toBe(0);
    const idle = new Date(Date.now() - SWEEP_AFTER_MS - 1000);
    for (const dir of [dead, live, other]) fs.utimesSync(dir, idle, idle);
    expect(sweepDeadRoots('unit', parent)).toBe(1);
    expect(fs.readdirSync(parent).sort()).toEqual([path.basename(other), path.basename(live)].sort());
    const next = runTempRoot('bench', 1, parent);
    expect(fs.readdirSync(parent).sort()).toEqual([path.basename(live), path.basename(next.dir)].sort());
    next.remove();
  });

  it('refuse to start, in one line, when the disk has less room than the run needs', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'roots-'));
    const free = fs.statfsSync(parent).bavail * fs.statfsSync(parent).bsize;
    expect(() => assertFreeSpace(parent, 1, 'a run')).not.toThrow();
    expect(() => runTempRoot('unit', free * 2, parent)).toThrow(
      new RegExp(`^dossier's unit run needs about [0-9.]+ GB free in ${parent}, and [0-9.]+ GB is free: make room there, or point TMPDIR elsewhere$`),
    );
    expect(fs.readdirSync(parent)).toEqual([]);
  });
});
