/**
 * @module wide-eval
 * `npm run eval:wide`: Concord on the project's own gold for ../shared/corpus-wide (documents
 * of other formats, annotated in test/fixtures/wide-annotations), beside the shared gold.
 * Analyses both corpora in-process, rebuilds the wide gold from its spans, scores both with
 * ../shared/eval/score.mjs and prints one table: field | shared gold | wide gold.
 *
 * Usage: npm run eval:wide -- [--only SUBSTRING] [--verbose] [--json] [--out DIR] [--no-shared] [--heldout]
 * (`--heldout`: the held-out annotations of test/fixtures/wide-heldout instead, documents no rule was tuned on).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runWideEval, WIDE_HELDOUT } from './wide/run-wide-eval.ts';
import { figuresTable, scoreDetails } from './wide/figures.ts';
import { perDocument } from './wide/per-document.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
    'no-shared': { type: 'boolean', default: false },
    heldout: { type: 'boolean', default: false },
  },
});

const shared = resolve(repoRoot, '../shared');
if (!existsSync(join(shared, 'corpus-wide')) || !existsSync(join(shared, 'eval/score.mjs'))) {
  console.log(`wide-eval: ${shared}/corpus-wide or eval/score.mjs absent; nothing to score`);
  process.exit(0);
}
const work = args.out ? resolve(args.out) : mkdtempSync(join(tmpdir(), 'concord-wide-'));
try {
  const run = await runWideEval({
    shared,
    work,
    only: args.only,
    withShared: !args['no-shared'],
    annotations: args.heldout ? WIDE_HELDOUT : undefined,
  });
  if (args.json) console.log(JSON.stringify(run, null, 2));
  else {
    for (const line of run.notes) console.log(line);
    const columns = [
      ...(run.shared ? [{ title: 'shared gold', figures: run.shared }] : []),
      { title: 'wide gold', figures: run.wide },
    ];
    console.log(`\n${figuresTable(columns)}`);
    // Held-out documents stay a measure only while nobody reads their errors: totals only.
    if (args.heldout && !args.verbose) console.log('\n(held-out: per-document lines left out; see its README)');
    else {
      console.log(
        '\nPer document (statements F1 (predicted/gold) · kind · meeting fields right · parties · entities · claims)\n',
      );
      for (const line of perDocument(run.scorer, run.wideGold, run.widePred)) console.log(line);
    }
    if (args.verbose) console.log(`\n${scoreDetails(run.scorer, run.wideGold, run.widePred)}`);
  }
} finally {
  if (!args.out) rmSync(work, { recursive: true, force: true });
}
