/**
 * @module startup-bench
 * `npm run bench:startup`: how long the CLI and the server take to start, run from the built
 * JavaScript in dist/ (what the `concord` bin and `npm start` run) beside the same CLI run from
 * the TypeScript sources through tsx. Every run is a fresh process started from a temporary
 * folder (not the repository), so it also shows the build runs from anywhere.
 *
 * Usage: npm run bench:startup [-- --runs N] [-- --built-only]   (builds dist/ first when it is stale)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, percentile } from './bench-report.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, 'built-only': { type: 'boolean', default: false } },
});
const runs = Number(args.runs);

const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.js'), '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('the build failed: see the tsc errors above');

const variants: Record<string, string[]> = { built: [join(repoRoot, 'bin/concord.js')] };
// tsx resolved from here (the runs start elsewhere), with this repository's tsconfig for JSX.
if (!args['built-only'])
  variants['sources (tsx)'] = ['--import', import.meta.resolve('tsx'), join(repoRoot, 'bench/run-from-source.ts')];
process.env.TSX_TSCONFIG_PATH = join(repoRoot, 'tsconfig.json');
const folder = mkdtempSync(join(tmpdir(), 'concord-startup-'));
try {
  const rows: { metric: string; value: string }[] = [];
  for (const [name, command] of Object.entries(variants)) {
    const help = await timeRuns(() => timeExit(command, ['list', '--help']));
    const serve = await timeRuns(() => timeServerStart(command, join(folder, 'bench.db')));
    const single = await timeRuns(() => timeServerStart(command, join(folder, 'bench.db'), ['--processes', '1']));
    rows.push({ metric: `${name}: concord list --help`, value: median(help) });
    rows.push({ metric: `${name}: serve until GET / is 200`, value: median(serve) });
    rows.push({ metric: `${name}: serve --processes 1, same`, value: median(single) });
  }
  console.log(`\nConcord start-up, median of ${runs} runs from ${folder}, Node ${process.version}\n`);
  console.log(formatReport([{ title: 'start-up (wall time)', rows }]));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

async function timeRuns(run: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await run());
  return times.sort((a, b) => a - b);
}

function median(sorted: number[]): string {
  return `${(percentile(sorted, 0.5) / 1000).toFixed(2)} s`;
}

/** Milliseconds until the process exits (it must exit with 0). */
function timeExit(command: string[], cliArgs: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...command, ...cliArgs], { cwd: folder, stdio: 'ignore' });
    child.on('exit', (code) =>
      code === 0 ? done(performance.now() - started) : fail(new Error(`${cliArgs.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * Milliseconds from spawning `serve` (with `serveArgs`) until its home page answers 200
 * (redirects followed: signed out, that is the sign-in page); the server is then stopped.
 */
async function timeServerStart(command: string[], db: string, serveArgs: string[] = []): Promise<number> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const started = performance.now();
  const child = spawn(process.execPath, [...command, '--db', db, 'serve', '--port', String(port), ...serveArgs], {
    cwd: folder,
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
      // As a browser asks: a signed-out visitor is sent on to the sign-in page, an HTML page rendered.
      const status = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } }).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return performance.now() - started;
      if (status !== 0) throw new Error(`GET / answered ${status}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    // Stopped before the next run starts, so that no run shares the machine with the last one's exit.
    const exited = new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
    child.kill();
    await exited;
  }
}
