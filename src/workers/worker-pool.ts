// A pool of worker threads for work a request can make arbitrarily expensive: each task has a deadline; a worker past it is ended and replaced.
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { CodedError, isClientErrorCode, LimitError, MemoryLimitError } from '../errors';
import { PROJECT_ROOT } from '../paths';
import type { WorkerReply, WorkerTask } from './worker-tasks';

/** How a pool is set up. */
export interface WorkerPoolOptions {
  /** Worker threads at most (started on first use, each warmed before it takes a task). */
  size: number;
  /** Tasks waiting for a worker at most; past that a task is refused with SERVER_BUSY. */
  maxQueued: number;
  /** Heap limits of each worker: a task past them ends its worker with MEMORY_LIMIT_EXCEEDED. */
  resourceLimits?: ResourceLimits;
  /** Task kinds whose code a thread loads before it says it is ready (before its first task's run time starts). */
  warm?: Array<WorkerTask['kind']>;
  /** A thread idle this long ends, giving back its memory (a thread that loaded Neo4j's parser holds ≈ 100 MB). */
  idleMs?: number;
}

/** What a task does when its deadline passes: the error it is refused with. */
export type DeadlineError = () => Error;

/** When a task must end: `deadline` (epoch ms) counts from when it is handed in, queue wait included; `runMs` from when a thread takes it. */
export interface TaskTime {
  deadline: number;
  runMs?: number;
}

interface Job {
  task: WorkerTask;
  time: TaskTime;
  onDeadline: DeadlineError;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout | undefined;
  worker?: PoolWorker;
}

interface PoolWorker {
  thread: Worker;
  ready: boolean;
  job: Job | null;
  /** Ends the thread once it has been idle for idleMs. */
  idleTimer?: NodeJS.Timeout;
}

/** The compiled worker script (under ts-jest, this file is .ts: the build in dist/ is used). */
function workerScript(): string {
  return __filename.endsWith('.ts') ? path.join(PROJECT_ROOT, 'dist', 'src', 'workers', 'pool.worker.js') : path.join(__dirname, 'pool.worker.js');
}

/**
 * Runs tasks (src/workers/pool.worker.ts) in at most `size` threads. A task waits in a bounded queue; its deadline
 * counts from when it was handed in, queue wait included. A task still running at its deadline has its thread
 * terminated (the event loop never waits for it) and a fresh one started; a thread that runs out of heap rejects its
 * task with MEMORY_LIMIT_EXCEEDED. Threads are unref'd: an idle pool never holds the process open.
 */
export class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Threads ended at a deadline or by a crash so far (for tests and operators). */
  recycled = 0;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Tasks running or waiting. */
  get load(): number {
    return this.queue.length + this.workers.filter((w) => w.job).length;
  }

  /**
   * Runs `task` within `time` (a thread that starts or warms up is not charged to `runMs`); past it, the task is
   * refused with `onDeadline()`.
   */
  run<T>(task: WorkerTask, time: TaskTime, onDeadline: DeadlineError): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(new LimitError('Too many tasks are waiting: try again shortly', 'SERVER_BUSY'));
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        task,
        time,
        onDeadline,
        resolve,
        reject,
        // setTimeout takes at most 2^31-1 ms (about 24 days); no deadline is no timer.
        timer: Number.isFinite(time.deadline) ? setTimeout(() => this.expire(job), Math.max(0, time.deadline - Date.now())) : undefined,
      };
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Ends every thread; tasks still waiting or running are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new Error('the worker pool is closed'));
    await Promise.all(this.workers.splice(0).map((w) => (w.job && this.settle(w.job, new Error('the worker pool is closed')), w.thread.terminate())));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const idle = this.workers.find((w) => w.ready && !w.job);
      if (!idle) {
        if (this.workers.length < this.options.size) this.spawn();
        return;
      }
      const job = this.queue.shift()!;
      job.worker = idle;
      idle.job = job;
      if (job.time.runMs !== undefined && Date.now() + job.time.runMs < job.time.deadline) {
        clearTimeout(job.timer);
        job.timer = setTimeout(() => this.expire(job), job.time.runMs);
      }
      // A thread with a task holds the process open until it answers; an idle one does not.
      clearTimeout(idle.idleTimer);
      idle.thread.ref();
      idle.thread.postMessage({ id: this.nextId++, task: job.task });
    }
  }

  private spawn(): void {
    const thread = new Worker(workerScript(), { resourceLimits: this.options.resourceLimits, workerData: { warm: this.options.warm ?? [] } });
    const worker: PoolWorker = { thread, ready: false, job: null };
    this.workers.push(worker);
    thread.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        worker.ready = true;
        thread.unref();
        this.idle(worker);
        return this.dispatch();
      }
      const job = worker.job;
      worker.job = null;
      thread.unref();
      this.idle(worker);
      if (job) {
        if (reply.type === 'done') this.settle(job, null, reply.value);
        else this.settle(job, isClientErrorCode(reply.code) ? new CodedError(reply.message, reply.code, reply.extra ?? {}) : new Error(reply.message));
      }
      this.dispatch();
    });
    thread.on('error', (error: Error & { code?: string }) => {
      const job = worker.job;
      worker.job = null;
      if (job) {
        this.settle(job, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new MemoryLimitError('The task needed more memory than a worker is allowed') : error);
      }
    });
    thread.on('exit', () => {
      // A thread ended at a deadline was already taken out and counted.
      const at = this.workers.indexOf(worker);
      if (at < 0) return;
      this.workers.splice(at, 1);
      if (worker.job) this.settle(worker.job, new Error('a worker thread stopped'));
      worker.job = null;
      if (!this.closed) {
        this.recycled++;
        this.dispatch();
      }
    });
    // A starting thread holds the process open (a caller may be waiting for it); it is unref'd once ready and idle.
  }

  /** Ends `worker` if it is still idle after idleMs (and no task waits). */
  private idle(worker: PoolWorker): void {
    if (this.options.idleMs === undefined) return;
    clearTimeout(worker.idleTimer);
    worker.idleTimer = setTimeout(() => {
      if (worker.job || this.queue.length > 0) return;
      const at = this.workers.indexOf(worker);
      if (at >= 0) this.workers.splice(at, 1);
      void worker.thread.terminate();
    }, this.options.idleMs);
    worker.idleTimer.unref();
  }

  /** A job's deadline: refused; its thread, if it has one, is ended (a new one starts for the next task). */
  private expire(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const worker = job.worker;
    if (worker && worker.job === job) {
      worker.job = null;
      const at = this.workers.indexOf(worker);
      if (at >= 0) this.workers.splice(at, 1);
      this.recycled++;
      void worker.thread.terminate();
    }
    this.settle(job, job.onDeadline());
    this.dispatch();
  }

  private settle(job: Job, error: Error | null, value?: unknown): void {
    clearTimeout(job.timer);
    if (error) job.reject(error);
    else job.resolve(value);
    // A settled job never settles twice.
    job.resolve = () => undefined;
    job.reject = () => undefined;
  }
}
