/**
 * @module worker-pool
 * A small pool of worker threads, each task under a time and memory budget. A worker that
 * runs past its time is terminated (a synchronous loop cannot be interrupted any other
 * way) and one that exhausts its heap dies; either way the task fails with a `BudgetError`
 * and a fresh worker takes the next task, so one hostile input never stalls the caller.
 */
import { Worker } from 'node:worker_threads';

/** Limits of one task. */
export interface Budget {
  /** Wall time from the moment a worker takes the task. */
  readonly timeoutMs: number;
  /** The worker's V8 old-generation heap (resourceLimits.maxOldGenerationSizeMb). */
  readonly memoryMb: number;
}

/** A task went over its budget; `kind` says which limit. */
export class BudgetError extends Error {
  readonly kind: 'time' | 'memory' | 'crash';
  constructor(kind: 'time' | 'memory' | 'crash', message: string) {
    super(message);
    this.name = 'BudgetError';
    this.kind = kind;
  }
}

/** What a worker may ask the caller mid-task (e.g. "is this id stored already?"). */
export type Question = (value: unknown) => Promise<unknown>;

/** Messages a worker posts: a question, or the task's end. */
type FromWorker =
  | { type: 'question'; value: unknown }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: { name: string; message: string; code?: string } };

interface Job {
  readonly task: unknown;
  readonly ask?: Question;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** A pool of `size` workers running `entry` (a module URL, loaded through tsx). */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private busy = 0;
  private closed = false;

  constructor(
    private readonly entry: URL,
    private readonly size: number,
    private readonly budget: Budget,
  ) {}

  /** Runs one task; resolves with what the worker sent back, rejects with its error or a `BudgetError`. */
  run(task: unknown, ask?: Question): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, ask, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; later tasks are refused. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length && this.busy < this.size) {
      const job = this.queue.shift() as Job;
      this.busy++;
      this.start(this.idle.pop() ?? this.spawn(), job);
    }
  }

  private spawn(): Worker {
    // Workers do not inherit tsx's loader: for TypeScript sources the bootstrap registers it
    // first; the built JavaScript (dist/) is imported as it is.
    const entry = JSON.stringify(this.entry.href);
    const code = this.entry.pathname.endsWith('.ts')
      ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
        `.then((t) => { t.register(); return import(${entry}); })`
      : `import(${entry})`;
    return new Worker(code, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb, maxYoungGenerationSizeMb: 32 },
    });
  }

  /** An idle worker does not keep the process alive, and leaves the pool if it dies. */
  private park(worker: Worker): void {
    worker.unref();
    worker.on('error', () => {});
    worker.once('exit', () => {
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    });
    this.idle.push(worker);
  }

  private start(worker: Worker, job: Job): void {
    worker.removeAllListeners();
    worker.ref();
    let settled = false;
    const finish = (outcome: { value?: unknown; error?: Error }, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.removeAllListeners();
      this.busy--;
      if (reusable && !this.closed) this.park(worker);
      else void worker.terminate();
      if (outcome.error) job.reject(outcome.error);
      else job.resolve(outcome.value);
      this.dispatch();
    };
    const timer = setTimeout(() => {
      const seconds = this.budget.timeoutMs / 1000;
      finish({ error: new BudgetError('time', `reading took longer than the ${seconds} s budget`) }, false);
    }, this.budget.timeoutMs);
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'question') {
        const answer = job.ask ? job.ask(message.value) : Promise.resolve(undefined);
        answer.then(
          (value) => !settled && worker.postMessage({ type: 'answer', value }),
          (error: Error) => finish({ error }, false),
        );
      } else if (message.type === 'done') finish({ value: message.value }, true);
      else finish({ error: revive(message.error) }, true);
    });
    worker.on('error', (error: Error & { code?: string }) => finish({ error: workerDeath(error, this.budget) }, false));
    worker.on('exit', (code) =>
      finish({ error: new BudgetError('crash', `the reader stopped (exit ${code})`) }, false),
    );
    worker.postMessage({ type: 'task', task: job.task });
  }
}

/** A worker's error event: out of memory is a budget error, anything else a crash. */
function workerDeath(error: Error & { code?: string }, budget: Budget): BudgetError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return new BudgetError('memory', `reading needed more than the ${budget.memoryMb} MB memory budget`);
  return new BudgetError('crash', `the reader failed: ${error.message}`);
}

/** An error posted by a worker, rebuilt with its name and code (a ReadError stays recognisable). */
function revive(posted: { name: string; message: string; code?: string }): Error {
  const error = new Error(posted.message) as Error & { code?: string };
  error.name = posted.name;
  if (posted.code !== undefined) error.code = posted.code;
  return error;
}
