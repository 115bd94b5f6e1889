// The "before" build of a before/after bench: a git ref checked out as a detached worktree in a temporary directory, compiled with its own tsc.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** A compiled build of another commit: its command line (dist/src/cli.js) and how to take its worktree away again. */
export interface BaseBuild {
  ref: string;
  /** The commit the ref named when it was checked out. */
  commit: string;
  dir: string;
  cli: string;
  /** Seconds the checkout and compilation took. */
  seconds: number;
  /** `git worktree remove --force`: the directory and git's record of it (once; later calls do nothing). */
  remove(): void;
}

/** The commit a detached worktree is at, read from its HEAD file (no second git command). */
function worktreeCommit(dir: string): string {
  const gitdir = /^gitdir: (.+)$/m.exec(fs.readFileSync(path.join(dir, '.git'), 'utf8'))![1]!.trim();
  return fs.readFileSync(path.join(gitdir, 'HEAD'), 'utf8').trim();
}

/**
 * Checks `ref` of the repository at `repoRoot` out into the empty directory `dir` (`git worktree add --detach`), links
 * this tree's node_modules into it (its dependencies must be a subset of today's) and compiles it with `npx tsc -p
 * tsconfig.json` there; the worktree is removed again if that fails.
 */
export function buildBase(ref: string, dir: string, repoRoot: string): BaseBuild {
  const started = performance.now();
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  };
  try {
    fs.symlinkSync(fs.realpathSync(path.join(repoRoot, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
    execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
    const cli = path.join(dir, 'dist', 'src', 'cli.js');
    if (!fs.existsSync(cli)) throw new Error(`${ref} compiled without ${cli}`);
    return { ref, commit: worktreeCommit(dir), dir, cli, seconds: (performance.now() - started) / 1000, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
