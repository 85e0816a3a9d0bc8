/**
 * Measures what each hostile input of issue 11 costs: wall time, peak memory of the process and
 * the longest event-loop stall, read and structured directly (`--direct`, on the calling
 * thread as before) or read, structured and analysed through the worker pool (default, what
 * ingest does). Each input runs in its own child process, killed at a cap.
 * Usage: node --import tsx scripts/hostile-measure.ts [--direct] [--cap SECONDS]
 */
import { spawnSync } from 'node:child_process';
import { namedHostileInputs } from '../test/fixtures/hostile/hostile-inputs.ts';

const args = process.argv.slice(2);
const direct = args.includes('--direct');
const capSeconds = Number(args[args.indexOf('--cap') + 1]) || 60;
const one = args.indexOf('--one');

if (one >= 0) await measureOne(Number(args[one + 1]));
else runAll();

function runAll(): void {
  const inputs = namedHostileInputs();
  console.log(`| input | size | outcome | time | peak RSS | longest event-loop stall |`);
  console.log(`|---|---|---|---|---|---|`);
  inputs.forEach((input, index) => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/hostile-measure.ts', '--one', String(index), ...(direct ? ['--direct'] : [])],
      { encoding: 'utf8', timeout: capSeconds * 1000, killSignal: 'SIGKILL' },
    );
    const row = child.stdout.trim().split('\n').at(-1);
    const size = `${(input.bytes.length / 1024).toFixed(1)} KB`;
    if (child.signal) console.log(`| ${input.name} | ${size} | killed after ${capSeconds} s | — | — | — |`);
    else console.log(`| ${input.name} | ${size} | ${row} |`);
  });
}

async function measureOne(index: number): Promise<void> {
  const input = namedHostileInputs()[index];
  const { readAndStructure } = await import('../src/ingest/prepare-document.ts');
  const { prepareInWorker } = await import('../src/ingest/prepare-in-worker.ts');
  // The pool's first task starts a worker and loads the readers and knowledge: not the input's cost.
  if (!direct) await prepareInWorker(new TextEncoder().encode('Warm-up.'), 'warm.txt');
  let stall = 0;
  let tick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - tick - 10);
    tick = now;
  }, 10);
  const started = performance.now();
  let outcome: string;
  try {
    const prepared = direct
      ? await readAndStructure({ bytes: input.bytes, fileName: input.name })
      : await prepareInWorker(input.bytes, input.name);
    outcome = `read, ${prepared.document.text.length} chars`;
  } catch (error) {
    const e = error as { code?: string; message?: string };
    outcome = `${e.code ?? 'crash'}: ${String(e.message).slice(0, 70)}`;
  }
  const ms = performance.now() - started;
  clearInterval(ticker);
  stall = Math.max(stall, performance.now() - tick - 10);
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`${outcome} | ${(ms / 1000).toFixed(2)} s | ${peak.toFixed(0)} MB | ${stall.toFixed(0)} ms`);
  process.exit(0);
}
