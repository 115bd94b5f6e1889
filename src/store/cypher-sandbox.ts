// Runs user Cypher for the embedded engine in a child process with a memory ceiling, killed at its time budget.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CodedError, MemoryLimitError, TimeoutError, isClientErrorCode, LimitError } from '../errors';
import { PROJECT_ROOT } from '../paths';
import { userQueryTimeLeft, type Params, type Row, type UserQueryLimits, type UserQueryResult } from './graph-store';

/** A message to the sandbox process. */
export type SandboxRequest = { type: 'run'; id: number; path: string; text: string; params: Params; maxRows: number; maxBytes: number };

/** A message from the sandbox process. */
export type SandboxReply =
  | { type: 'ready'; id: 0 }
  | { type: 'rows'; id: number; columns: string[]; rows: Row[]; truncated: boolean }
  | { type: 'error'; id: number; code: string; message: string };

/** Most user queries waiting for the sandbox; past that they are refused with SERVER_BUSY. */
export const MAX_SANDBOX_QUEUE = 16;

/**
 * Store copies one sandbox process opens before it is replaced: Grafeo does not give back all of a closed copy's
 * memory, and a copy is taken after every write (seed plus both sanctions lists: the 2 GB ceiling was reached after
 * 71 write-then-read cycles in one process). A new process costs ≈ 0.2 s once every so many writes.
 */
export const COPIES_PER_PROCESS = 16;

/** The error of a query that ran out of time, waiting or running. */
function timedOut(limits: UserQueryLimits): TimeoutError {
  return new TimeoutError(`The query took longer than ${limits.timeoutMs} ms and was stopped`);
}

/** How the sandbox is set up. */
export interface SandboxOptions {
  /** Memory ceiling of the sandbox process (address space), in MB. */
  memoryMb: number;
  /** Largest total size of the rows of one answer, in bytes. */
  maxBytes: number;
}

interface Pending {
  child: ChildProcess;
  resolve(result: UserQueryResult): void;
  reject(error: Error): void;
}

/**
 * One sandbox process at a time, one query at a time: a query that needs more memory than the ceiling
 * ends the sandbox (the server lives on) with MEMORY_LIMIT_EXCEEDED; one past its time budget is killed
 * with TIMEOUT. A new process starts with the next query.
 */
export class CypherSandbox {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  /** The store copies the current process has opened (the last one's path, and how many). */
  private copies = { path: '', count: 0 };
  private stderr = '';
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private closed = false;

  /**
   * @param workDir the sandbox processes' temporary directory (the engine leaves a spill directory per process and
   *   store file opened there): each process gets its own `worker-*` under it, removed when the process ends;
   *   any left by a server that died are removed here (only one server opens a data directory).
   */
  constructor(
    private readonly options: SandboxOptions,
    private readonly workDir: string,
  ) {
    for (const name of fs.existsSync(workDir) ? fs.readdirSync(workDir) : []) {
      if (name.startsWith('worker-')) fs.rmSync(path.join(workDir, name), { recursive: true, force: true });
    }
  }

  /** Starts the sandbox process now, in the background, so that the next query does not spend its budget on that. */
  prestart(): void {
    if (!this.closed) this.start().catch(() => undefined);
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    // Compiled beside this file; under ts-jest (this file is .ts) the build in dist/ is used.
    const worker = __filename.endsWith('.ts')
      ? path.join(PROJECT_ROOT, 'dist', 'src', 'store', 'cypher-sandbox.worker.js')
      : path.join(__dirname, 'cypher-sandbox.worker.js');
    const kb = String(this.options.memoryMb * 1024);
    // ulimit -v caps the address space: an allocation past it fails inside the sandbox, not in the server.
    fs.mkdirSync(this.workDir, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(this.workDir, 'worker-'));
    const child = spawn('/bin/sh', ['-c', 'ulimit -v "$0" && exec "$1" "$2"', kb, process.execPath, worker], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: { ...process.env, TMPDIR: tmp },
    });
    child.once('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
    this.child = child;
    this.stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    this.ready = new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.on('message', (message: SandboxReply) => {
        if (message.type === 'ready') return resolve();
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        if (message.type === 'rows') pending.resolve({ columns: message.columns, rows: message.rows, truncated: message.truncated });
        else pending.reject(isClientErrorCode(message.code) ? new CodedError(message.message, message.code) : new Error(message.message));
      });
      child.once('exit', (code, signal) => {
        if (this.child === child) {
          this.child = null;
          this.ready = null;
        }
        const outOfMemory = /memory allocation of \d+ bytes failed|out of memory|heap out of memory/i.test(this.stderr);
        const error = outOfMemory
          ? new MemoryLimitError(`The query needed more memory than the ${this.options.memoryMb} MB the Cypher sandbox allows`)
          : new Error(`the Cypher sandbox stopped (code ${code}, signal ${signal}): ${this.stderr.slice(-300)}`);
        for (const [id, pending] of this.pending) {
          if (pending.child !== child) continue;
          this.pending.delete(id);
          pending.reject(error);
        }
        reject(error);
      });
    });
    return this.ready;
  }

  /** Runs a read-only user query on the store file at `dbPath` (opened read-only by the sandbox). */
  run(dbPath: string, text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult> {
    if (this.closed) return Promise.reject(new Error('the Cypher sandbox is closed'));
    if (this.waiting >= MAX_SANDBOX_QUEUE) {
      return Promise.reject(new LimitError('Too many Cypher queries are waiting: try again shortly', 'SERVER_BUSY'));
    }
    this.waiting++;
    const task = this.queue.then(() => this.runNow(dbPath, text, params, limits));
    this.queue = task.catch(() => undefined);
    // A query still waiting at its deadline is answered then (its turn, when it comes, ends at once).
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOut(limits)), Math.max(0, userQueryTimeLeft(limits)));
    });
    return Promise.race([task, late]).finally(() => {
      clearTimeout(timer);
      this.waiting--;
    });
  }

  private async runNow(dbPath: string, text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult> {
    if (userQueryTimeLeft(limits) <= 0) throw timedOut(limits);
    if (this.copies.path !== dbPath) {
      // Queries run one at a time: nothing is pending on the process being replaced.
      if (this.child && this.copies.count >= COPIES_PER_PROCESS) {
        const old = this.child;
        this.child = null;
        this.ready = null;
        old.kill('SIGKILL');
      }
      if (!this.child) this.copies.count = 0;
      this.copies = { path: dbPath, count: this.copies.count + 1 };
    }
    await this.start();
    const child = this.child!;
    const id = this.nextId++;
    return new Promise<UserQueryResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        // The next query starts a new process at once, without waiting for this one to exit.
        if (this.child === child) {
          this.child = null;
          this.ready = null;
        }
        child.kill('SIGKILL');
        reject(timedOut(limits));
        this.prestart();
      }, userQueryTimeLeft(limits));
      const settle =
        <T>(fn: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          fn(value);
        };
      this.pending.set(id, { child, resolve: settle(resolve), reject: settle(reject) });
      const request: SandboxRequest = {
        type: 'run',
        id,
        path: dbPath,
        text,
        params,
        maxRows: limits.maxRows,
        maxBytes: limits.maxBytes ?? this.options.maxBytes,
      };
      child.send(request);
    });
  }

  /** Stops the sandbox process. */
  close(): void {
    this.closed = true;
    this.child?.kill('SIGKILL');
    this.child = null;
  }
}
