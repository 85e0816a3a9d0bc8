/**
 * @module devset-entities-eval
 * Scores entity recognition, resolution and participants on the invented entity devset
 * (test/fixtures/devset-entities, and the meeting devset test/fixtures/devset when present):
 * analyses each doc in-process, writes the GUIDE's analysis JSON, runs ../shared/eval/score.mjs.
 *
 * Usage: node --import tsx scripts/devset-entities-eval.ts [--set DIR]… [--verbose] [--json]
 *          [--out DIR (keeps the analyses)]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { toAnalysisJson } from '../src/export/analysis-export.ts';
import { writeAnalysis } from '../src/export/export-analyses.ts';
import { prepareDocument } from '../src/ingest/prepare-document.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(repoRoot, '../shared/eval/score.mjs');

/** The scorer's figures this script reports. */
export interface DevsetScore {
  entitiesByType: Record<string, { precision: number; recall: number; f1: number; gold: number; pred: number }>;
  entities: { precision: number; recall: number; f1: number };
  resolution: { precision: number | null; recall: number | null };
  participants: { precision: number; recall: number; f1: number; gold: number; pred: number };
  participantCountry: { accuracy: number | null; n: number };
}

/** Analyses every doc of `set/docs` into a temp folder and returns the scorer's JSON (plus verbose text). */
export async function scoreDevset(
  set: string,
  verbose = false,
  keep?: string,
): Promise<{ score: DevsetScore; details: string }> {
  const out = keep ?? mkdtempSync(join(tmpdir(), 'concord-devset-entities-'));
  try {
    const analyser = createAnalyser();
    const docs = join(set, 'docs');
    for (const fileName of readdirSync(docs)
      .filter((f) => !f.startsWith('.'))
      .sort()) {
      const prepared = await prepareDocument({ bytes: readFileSync(join(docs, fileName)), fileName }, analyser);
      await writeAnalysis(out, toAnalysisJson(prepared, prepared.analysis.layers));
    }
    const run = (extra: string[]) => {
      const r = spawnSync(process.execPath, [scorer, '--gold', join(set, 'gold'), '--pred', out, ...extra], {
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`score.mjs failed (${r.status}): ${r.stderr}`);
      return r.stdout;
    };
    const score = JSON.parse(run(['--json'])) as DevsetScore;
    const details = verbose ? run(['--verbose']).split('\n\n').slice(1).join('\n\n').trim() : '';
    return { score, details };
  } finally {
    if (!keep) rmSync(out, { recursive: true, force: true });
  }
}

/** One table of the figures that the entity targets name. */
export function formatScore(name: string, s: DevsetScore): string {
  const pct = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
  type Figures = { precision: number | null; recall: number | null; f1: number | null; gold: number; pred: number };
  const count = (n: number) => String(n).padStart(4);
  const scores = (r: Figures) =>
    `${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${count(r.gold)}  ${count(r.pred)}`;
  const lines = [`${name}`, '  type            P      R      F1    gold  pred'];
  for (const [type, r] of Object.entries(s.entitiesByType)) {
    lines.push(`  ${type.padEnd(13)} ${scores(r)}`);
  }
  lines.push(`  ${'all'.padEnd(13)} ${pct(s.entities.precision)}  ${pct(s.entities.recall)}  ${pct(s.entities.f1)}`);
  lines.push(`  resolution    P ${pct(s.resolution.precision)}  R ${pct(s.resolution.recall)}`);
  const p = s.participants;
  lines.push(`  participants  ${scores(p)}  country ${pct(s.participantCountry.accuracy)}`);
  return lines.join('\n');
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', multiple: true },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  if (!existsSync(scorer)) {
    console.log(`skipped: scorer absent (${scorer})`);
    process.exit(0);
  }
  const defaults = ['test/fixtures/devset-entities', 'test/fixtures/devset']
    .map((d) => join(repoRoot, d))
    .filter((d) => existsSync(join(d, 'gold')));
  for (const set of values.set?.map((s) => resolve(s)) ?? defaults) {
    const { score, details } = await scoreDevset(set, values.verbose, values.out && resolve(values.out));
    console.log(values.json ? JSON.stringify(score) : formatScore(set.replace(`${repoRoot}/`, ''), score));
    if (values.verbose) console.log(`\n${details || '(no details)'}\n`);
  }
}
