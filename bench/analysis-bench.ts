/**
 * @module analysis-bench
 * Speed of the full analysis (buildTree + every default pipeline step) in words per second on a
 * ≥ 5 MB corpus of varied real documents, beside compromise's sentence and entity pass
 * (`nlp(text)` then `.sentences()`, `.people()`, `.places()`, `.organizations()`) over the same
 * texts; then the same texts joined into one document, to show that Concord stays linear. Each
 * measurement runs in its own child process so that its peak memory is its own.
 *
 * The joined runs: the whole corpus as one text, and the primary documents as one text (kind
 * communiqué, so the statements step runs over all of it).
 *
 * The per-document Concord run twice: from the sources through tsx (what tests and scripts run;
 * tsx's node20 target rebuilds every `\p{…}` regex at each call) and from a bundle built as
 * scripts/build.js builds dist/ (what users run), after checking that both give the same analysis
 * of a few documents.
 *
 * Usage: node --import tsx bench/analysis-bench.ts [--mb 5] [--timeout 60]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/model/document.ts';
import { bundleAnalysisChild } from './bundle-analysis.ts';
import { parseCorpusText } from './corpus-document.ts';
import { makeCorpus, readBaseTexts } from './make-corpus.ts';

const here = fileURLToPath(import.meta.url);
const corpusDir = resolve(dirname(here), '../../shared/corpus');

export type BenchJob =
  | 'concord'
  | 'concord-bundle'
  | 'compromise'
  | 'concord-joined'
  | 'concord-joined-primary'
  | 'compromise-joined';

/** What one child process measured. */
export interface JobResult {
  job: BenchJob;
  documents: number;
  megabytes: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  /** CPU seconds of the run (user + system): on a shared machine, less moved by the others' load than `seconds`. */
  cpuSeconds?: number;
  wordsPerCpuSecond?: number;
  /** Peak resident set of the child process, MiB (includes the runtime's own baseline). */
  peakRssMiB: number;
  /** Resident set before the job ran (runtime, modules, corpus), MiB. */
  baselineRssMiB: number;
  timedOut?: boolean;
  /** Statements found (Concord runs), to show the statements step did run. */
  statements?: number;
}

/** How many documents the tsx and bundled analyses are compared on. */
const CHECKED_DOCUMENTS = 8;

export interface AnalysisBenchResult {
  results: JobResult[];
  /** Concord (sources through tsx) words/s over compromise words/s on the same documents. */
  speedup: number;
  /** The same over CPU time. */
  cpuSpeedup: number;
  /** Concord bundled as dist/ is (what users run) over compromise, wall and CPU. */
  bundleSpeedup: number;
  bundleCpuSpeedup: number;
  /** Whether the bundle's analysis of the first documents equals the sources' (same digest). */
  bundleMatches: boolean;
}

/**
 * Runs the four measurements in child processes and returns them.
 * @example const r = await runAnalysisBench({ megabytes: 5 })
 */
export async function runAnalysisBench(
  options: { megabytes?: number; timeoutSeconds?: number } = {},
): Promise<AnalysisBenchResult> {
  const mb = options.megabytes ?? 5;
  const timeout = (options.timeoutSeconds ?? 60) * 1000;
  const results: JobResult[] = [];
  const bundle = await bundleAnalysisChild();
  const digest = (args: string[]) =>
    spawnSync(process.execPath, [...args, '--check', '--mb', String(mb)], { encoding: 'utf8', maxBuffer: 1 << 24 })
      .stdout?.trim()
      .split('\n')
      .pop();
  const tsxDigest = digest(['--import', 'tsx', here]);
  const bundleMatches = tsxDigest !== undefined && /^[0-9a-f]{64}$/.test(tsxDigest) && tsxDigest === digest([bundle]);
  for (const job of [
    'concord',
    'concord-bundle',
    'compromise',
    'concord-joined',
    'concord-joined-primary',
    'compromise-joined',
  ] as BenchJob[]) {
    const limit = job === 'compromise-joined' ? timeout : 20 * 60 * 1000;
    const program = job === 'concord-bundle' ? [bundle] : ['--import', 'tsx', here];
    const r = spawnSync(process.execPath, [...program, '--child', job, '--mb', String(mb)], {
      encoding: 'utf8',
      timeout: limit,
      maxBuffer: 1 << 24,
    });
    const line = r.stdout?.split('\n').find((l) => l.startsWith('{'));
    if (line) results.push(JSON.parse(line) as JobResult);
    else
      results.push({
        job,
        documents: 0,
        megabytes: mb,
        words: 0,
        seconds: limit / 1000,
        wordsPerSecond: 0,
        peakRssMiB: 0,
        baselineRssMiB: 0,
        timedOut: r.error !== undefined || r.signal !== null,
      });
  }
  rmSync(dirname(dirname(bundle)), { recursive: true, force: true });
  const n = results.find((x) => x.job === 'compromise')!;
  const ratio = (c: JobResult | undefined, key: 'wordsPerSecond' | 'wordsPerCpuSecond') =>
    c?.[key] && n[key] ? c[key] / n[key] : NaN;
  const c = results.find((x) => x.job === 'concord'),
    b = results.find((x) => x.job === 'concord-bundle');
  return {
    results,
    speedup: ratio(c, 'wordsPerSecond'),
    cpuSpeedup: ratio(c, 'wordsPerCpuSecond'),
    bundleSpeedup: ratio(b, 'wordsPerSecond'),
    bundleCpuSpeedup: ratio(b, 'wordsPerCpuSecond'),
    bundleMatches,
  };
}

/**
 * A digest of the full analysis (every layer) of the corpus's first documents: equal from the
 * sources and from the bundle when the bundle analyses as the sources do.
 */
export async function analysisDigest(megabytes: number): Promise<string> {
  const { createAnalyser } = await import('../src/analyse/analyser.ts');
  const { buildTree } = await import('../src/structure/build-tree.ts');
  const analyser = createAnalyser();
  const hash = createHash('sha256');
  for (const d of benchDocuments(megabytes).slice(0, CHECKED_DOCUMENTS))
    hash.update(JSON.stringify(analyser.analyse(d, buildTree(d.text)).layers));
  return hash.digest('hex');
}

/** The varied corpus: real documents, shuffled and renumbered, until their bodies reach `megabytes` MiB (UTF-8). */
export function benchDocuments(megabytes: number): Document[] {
  const bases = readBaseTexts(corpusDir);
  const decoder = new TextDecoder();
  const docs: Document[] = [];
  let bytes = 0;
  for (const input of makeCorpus(bases, 1_000_000, 7)) {
    const doc = parseCorpusText(decoder.decode(input.bytes), input.fileName);
    docs.push(doc);
    // Counted on the bodies (headers are cut off), so the analysed text itself reaches the size.
    bytes += Buffer.byteLength(doc.text);
    if (bytes >= megabytes * 1024 * 1024) break;
  }
  return docs;
}

/** One measurement, in the child process. */
export async function child(job: BenchJob, megabytes: number): Promise<JobResult> {
  let docs = benchDocuments(megabytes);
  // The whole corpus joined reads as news (no statements); the primary texts joined make the
  // statements step run over one ~5 MB communiqué, the worst case for anything non-linear.
  if (job === 'concord-joined-primary') docs = [joined(primaryOnly(docs, megabytes))];
  else if (job.endsWith('joined')) docs = [joined(docs)];
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const run = job.startsWith('concord') ? await concordRunner() : await compromiseRunner();
  if (job.endsWith('joined') || job.endsWith('primary'))
    run(benchDocuments(0.05)); // warm up (JIT, lazy loads)
  else run(docs.slice(0, 3));
  counted.statements = 0;
  const baselineRssMiB = process.memoryUsage().rss / 2 ** 20;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  run(docs);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    job,
    ...(job.startsWith('concord') ? { statements: counted.statements } : {}),
    documents: docs.length,
    megabytes: round(bytes / 2 ** 20),
    words,
    seconds: round(seconds),
    wordsPerSecond: Math.round(words / seconds),
    cpuSeconds: round(cpuSeconds),
    wordsPerCpuSecond: Math.round(words / cpuSeconds),
    peakRssMiB: round(process.resourceUsage().maxRSS / 1024),
    baselineRssMiB: round(baselineRssMiB),
  };
}

const counted = { statements: 0 };

async function concordRunner(): Promise<(docs: Document[]) => void> {
  const { createAnalyser } = await import('../src/analyse/analyser.ts');
  const { buildTree } = await import('../src/structure/build-tree.ts');
  const analyser = createAnalyser();
  return (docs) => {
    for (const d of docs) counted.statements += analyser.analyse(d, buildTree(d.text)).layers.statements?.length ?? 0;
  };
}

async function compromiseRunner(): Promise<(docs: Document[]) => void> {
  const nlp = (await import('compromise')).default;
  return (docs) => {
    for (const d of docs) {
      const doc = nlp(d.text);
      doc.sentences().out('array');
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  };
}

/** Variants of the primary documents (communiqués, declarations, joint statements, treaties) up to `megabytes`. */
function primaryOnly(docs: Document[], megabytes: number): Document[] {
  const primary = docs.filter((d) => /__(communique|declaration|joint-statement|treaty)__/.test(d.meta.fileName ?? ''));
  const out: Document[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1024 * 1024 && primary.length; i++) {
    const d = primary[i % primary.length];
    out.push(d);
    bytes += Buffer.byteLength(d.text);
  }
  return out;
}

function joined(docs: Document[]): Document {
  const text = docs.map((d) => d.text).join('\n\n');
  return {
    id: 'joined',
    text,
    meta: {
      published: '2025-06-18',
      kind: docs.every((d) => /__(communique|declaration|joint-statement|treaty)__/.test(d.meta.fileName ?? ''))
        ? 'communique'
        : undefined,
    },
  };
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The results as a plain table, one line per run. */
export function formatAnalysisBench(r: AnalysisBenchResult): string {
  const rows = r.results.map((x) => {
    const size = `${String(x.documents).padStart(6)} docs ${x.megabytes.toFixed(2).padStart(6)} MB`;
    const words = `${String(x.words).padStart(9)} words`;
    if (x.timedOut) return `${x.job.padEnd(23)} ${size} ${words}    timed out (not finished within the limit)`;
    const cpu =
      x.cpuSeconds !== undefined ? ` (CPU ${x.cpuSeconds.toFixed(2)} s, ${x.wordsPerCpuSecond} words/CPU s)` : '';
    const speed = `${x.seconds.toFixed(2).padStart(8)} s ${String(x.wordsPerSecond).padStart(9)} words/s${cpu}`;
    const memory = `peak RSS ${x.peakRssMiB.toFixed(0)} MiB (baseline ${x.baselineRssMiB.toFixed(0)})`;
    const statements = x.statements !== undefined ? `  ${x.statements} statements` : '';
    return `${x.job.padEnd(23)} ${size} ${words} ${speed}  ${memory}${statements}`;
  });
  const ratios = (wall: number, cpu: number) => `${wall.toFixed(1)}× (wall), ${cpu.toFixed(1)}× (CPU time)`;
  return [
    ...rows,
    `Concord / compromise speed, sources through tsx: ${ratios(r.speedup, r.cpuSpeedup)}`,
    `Concord / compromise speed, bundled as dist/ (what users run): ${ratios(r.bundleSpeedup, r.bundleCpuSpeedup)}`,
    `bundle's analysis of the first ${CHECKED_DOCUMENTS} documents equals the sources': ` +
      (r.bundleMatches ? 'yes' : 'NO'),
  ].join('\n');
}

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (process.argv[1] && resolve(process.argv[1]) === here) {
  const job = opt('--child') as BenchJob | undefined;
  if (!existsSync(corpusDir)) {
    console.log('../shared/corpus absent: nothing to benchmark');
  } else if (argv.includes('--check')) {
    console.log(await analysisDigest(Number(opt('--mb') ?? 5)));
  } else if (job) {
    console.log(JSON.stringify(await child(job, Number(opt('--mb') ?? 5))));
  } else {
    const r = await runAnalysisBench({
      megabytes: Number(opt('--mb') ?? 5),
      timeoutSeconds: Number(opt('--timeout') ?? 60),
    });
    console.log(formatAnalysisBench(r));
  }
}
