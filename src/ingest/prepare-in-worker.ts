/**
 * @module prepare-in-worker
 * Reading, structure and analysis of untrusted bytes, off the calling thread: one function
 * the server's import routes, the CLI's ingest and any later job queue call. Each input gets
 * a time and memory budget; an input that exceeds it fails with a `ReadError('over-budget')`
 * and the worker that ran it is replaced, so the caller's event loop never stalls.
 */
import type { Analysis } from '../model/analysis.ts';
import type { ReviewedAlias } from '../knowledge/with-reviewed-aliases.ts';
import type { Document } from '../model/document.ts';
import type { TreeNode } from '../model/node.ts';
import { ReadError, describeInput } from '../read/read-error.ts';
import type { WorkerTask } from './prepare-worker.ts';
import { BudgetError, WorkerPool, type Budget } from './worker-pool.ts';

/** What the caller knows about the bytes, and what to do with them. */
export interface PrepareInWorkerOptions {
  readonly mediaType?: string;
  readonly url?: string;
  /** Run the analysis too (default true); `false` stops after the tree. */
  readonly analyse?: boolean;
  /** Asked once the id is known; `false` skips the analysis (e.g. the document is stored already). */
  readonly shouldAnalyse?: (documentId: string) => Promise<boolean>;
  /** Reviewers' aliases for the analysis's knowledge base. */
  readonly reviewedAliases?: readonly ReviewedAlias[];
}

/** The result: the analysis is absent when it was not asked for or `shouldAnalyse` said no. */
export interface PreparedInWorker {
  readonly document: Document;
  readonly tree: TreeNode;
  readonly analysis?: Analysis;
}

/** Budget defaults: 30 s and 512 MB of heap per document, one worker per spare core. */
export function resolveBudget(env: NodeJS.ProcessEnv = process.env): Budget & { workers: number } {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    timeoutMs: positive(env.CONCORD_READ_TIMEOUT_MS, 30_000),
    memoryMb: positive(env.CONCORD_READ_MEMORY_MB, 512),
    workers: Math.floor(positive(env.CONCORD_WORKERS, 1)),
  };
}

let shared: WorkerPool | undefined;

function pool(): WorkerPool {
  if (!shared) {
    const budget = resolveBudget();
    // The worker module has this module's extension: .ts from the sources, .js when built.
    const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    shared = new WorkerPool(new URL(`./prepare-worker${extension}`, import.meta.url), budget.workers, budget);
  }
  return shared;
}

/**
 * Reads, structures and (by default) analyses one input in a worker thread. Throws a
 * `ReadError` for bad input, including `over-budget` for input too costly to read.
 * @example const { document, tree, analysis } = await prepareInWorker(bytes, 'a.pdf');
 */
export async function prepareInWorker(
  bytes: Uint8Array,
  fileName?: string,
  options: PrepareInWorkerOptions = {},
): Promise<PreparedInWorker> {
  const task: WorkerTask = {
    input: { bytes, fileName, mediaType: options.mediaType, url: options.url },
    analyse: options.analyse === false ? 'never' : options.shouldAnalyse ? 'ask' : 'always',
    reviewedAliases: options.reviewedAliases,
  };
  const ask = options.shouldAnalyse;
  try {
    return (await pool().run(task, ask && ((id) => ask(String(id))))) as PreparedInWorker;
  } catch (error) {
    if (error instanceof BudgetError) throw overBudget(error, fileName);
    const e = error as Error & { code?: string };
    if (e.name === 'ReadError' && e.code) throw new ReadError(e.code as ReadError['code'], e.message);
    throw error;
  }
}

/** Stops the workers (tests, and a server shutting down). */
export async function closeWorkers(): Promise<void> {
  const current = shared;
  shared = undefined;
  await current?.close();
}

function overBudget(error: BudgetError, fileName?: string): ReadError {
  const advice =
    error.kind === 'crash'
      ? 'the file is probably damaged'
      : 'it is too large or too complex to read safely: split it or save it in a simpler format';
  return new ReadError('over-budget', `${describeInput(fileName)} could not be read: ${error.message}; ${advice}`, {
    cause: error,
  });
}
