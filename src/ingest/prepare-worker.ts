/**
 * @module prepare-worker
 * The worker thread's side of `prepareInWorker`: reads and structures one input, asks the
 * caller whether to analyse it (a stored id needs no analysis), analyses, and posts the
 * result or the error. Never imported by the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { createAnalyser, type Analyser } from '../analyse/analyser.ts';
import type { ReviewedAlias } from '../knowledge/with-reviewed-aliases.ts';
import { readAndStructure, type PrepareInput } from './prepare-document.ts';

/** What the main thread sends for one input. */
export interface WorkerTask {
  readonly input: PrepareInput;
  /** `never`: read and structure only; `always`; `ask`: ask the caller once the id is known. */
  readonly analyse: 'never' | 'always' | 'ask';
  readonly reviewedAliases?: readonly ReviewedAlias[];
}

const port = parentPort;
if (!port) throw new Error('prepare-worker runs inside a worker thread');

/** The analyser is built once per worker and per set of reviewed aliases (knowledge loads are costly). */
let analyser: { key: string; value: Analyser } | undefined;

function analyserFor(aliases: readonly ReviewedAlias[] = []): Analyser {
  const key = JSON.stringify(aliases);
  if (analyser?.key !== key) analyser = { key, value: createAnalyser({ reviewedAliases: aliases }) };
  return analyser.value;
}

/** Waits for the main thread's answer to a question. */
function ask(value: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const onAnswer = (message: { type: string; value: unknown }) => {
      if (message.type !== 'answer') return;
      port?.off('message', onAnswer);
      resolve(message.value);
    };
    port?.on('message', onAnswer);
    port?.postMessage({ type: 'question', value });
  });
}

async function run(task: WorkerTask): Promise<unknown> {
  const { document, tree } = await readAndStructure(task.input);
  const analyse = task.analyse === 'always' || (task.analyse === 'ask' && (await ask(document.id)) === true);
  if (!analyse) return { document, tree };
  return { document, tree, analysis: analyserFor(task.reviewedAliases).analyse(document, tree) };
}

// pdf.js can reject an internal promise nobody awaits (seen with a truncated dictionary, after
// the reader had already refused the file). Node's default would kill the worker and report a
// crash for whatever task runs at that moment; the task's own promise chain decides its outcome
// instead, and the time budget still ends one that never settles.
process.on('unhandledRejection', () => {});

port.on('message', (message: { type: string; task?: WorkerTask }) => {
  if (message.type !== 'task' || !message.task) return;
  run(message.task).then(
    (value) => port.postMessage({ type: 'done', value }),
    (error: Error & { code?: string }) =>
      port.postMessage({
        type: 'failed',
        error: { name: error?.name ?? 'Error', message: error?.message ?? String(error), code: error?.code },
      }),
  );
});
