/**
 * @module eval
 * `npm run eval`: analyses ../shared/corpus in-process (read → tree → analyse → export, no
 * store), writes the GUIDE's analysis JSON, adds each document's evidence links (the one
 * cross-document stage that needs a store: corpus-links.ts, a temporary SQLite store), runs the
 * shared scorer, and prints its table, a per-document breakdown and, with --verbose, the
 * scorer's details.
 *
 * Usage: npm run eval -- [--out DIR] [--verbose] [--corpus DIR] [--gold DIR] [--no-links]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseCorpus } from './analyse-corpus.ts';
import { addCorpusLinks } from './corpus-links.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repoRoot, '../shared');

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    corpus: { type: 'string', default: join(shared, 'corpus') },
    gold: { type: 'string', default: join(shared, 'eval/gold') },
    'no-links': { type: 'boolean', default: false },
  },
});
const scorer = join(shared, 'eval/score.mjs');
const outDir = args.out ? resolve(args.out) : mkdtempSync(join(tmpdir(), 'concord-eval-'));

const run = await analyseCorpus(args.corpus!, outDir);
for (const line of run.failed) console.error(`failed  ${line}`);
console.log(`analysed ${run.files - run.failed.length}/${run.files} documents in ${run.analyseSeconds.toFixed(2)} s`);
console.log(`checked ${run.claims} claims in ${run.checkSeconds.toFixed(2)} s`);
if (!args['no-links']) {
  const started = performance.now();
  const count = await addCorpusLinks([args.corpus!], outDir);
  console.log(
    `linked ${count} passages to earlier commitments in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
}
console.log('');
console.log(score(args.gold!, outDir, []).trimEnd());
console.log(
  '\nPer document (statements F1 · kind · meeting fields right · entities F1 · claims F1 and verdict accuracy)\n',
);
for (const line of perDocument(args.gold!, outDir)) console.log(line);
if (args.verbose) {
  const details = score(args.gold!, outDir, ['--verbose']).split('\n\n').slice(1).join('\n\n').trim();
  console.log(`\nDetails\n\n${details || '(none)'}`);
}
if (!args.out) rmSync(outDir, { recursive: true, force: true });
else console.log(`\nanalyses written to ${outDir}`);

/** Runs the shared scorer and returns its standard output. */
function score(gold: string, pred: string, extra: string[]): string {
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...extra], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score.mjs failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** One line per gold document, from the scorer run on that document alone. */
function perDocument(gold: string, pred: string): string[] {
  const one = mkdtempSync(join(tmpdir(), 'concord-eval-gold-'));
  const rows: string[][] = [];
  try {
    for (const file of readdirSync(gold)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const dir = join(one, file);
      mkdirSync(dir);
      copyFileSync(join(gold, file), join(dir, file));
      rows.push(documentRow(file.replace(/\.json$/, ''), JSON.parse(score(dir, pred, ['--json']))));
    }
  } finally {
    rmSync(one, { recursive: true, force: true });
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i].length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
}

interface ScoreJson {
  missing: string[];
  kind: { accuracy: number | null };
  meeting: Record<string, { accuracy: number | null; n: number }>;
  statements: { f1: number; gold: number; pred: number };
  entities: { f1: number; gold: number; pred: number };
  claims: { f1: number; gold: number; pred: number };
  claimVerdict: { accuracy: number | null };
}

function documentRow(name: string, s: ScoreJson): string[] {
  const fields = Object.values(s.meeting).filter((m) => m.n > 0);
  const meeting = fields.length ? `${fields.filter((m) => m.accuracy === 1).length}/${fields.length}` : '-';
  const statements =
    s.statements.gold || s.statements.pred
      ? `st ${fmt(s.statements.f1)} (${s.statements.pred}/${s.statements.gold})`
      : 'st -';
  return [
    (s.missing.length ? '[missing] ' : '') + name,
    statements,
    `kind ${s.kind.accuracy === 1 ? 'ok' : 'NO'}`,
    `meeting ${meeting}`,
    `ent ${fmt(s.entities.f1)} (${s.entities.pred}/${s.entities.gold})`,
    s.claims.gold || s.claims.pred
      ? `claims ${fmt(s.claims.f1)} (${s.claims.pred}/${s.claims.gold}) verdicts ${fmt(s.claimVerdict.accuracy)}`
      : 'claims -',
  ];
}

function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(2);
}
