/**
 * @module wide/run-wide-eval
 * The wide eval as a function (for the CLI and the floor test): analyses
 * ../shared/corpus-wide (and ../shared/corpus for the shared gold), rebuilds the wide gold,
 * and scores both.
 */
import { join, resolve } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseFolder } from './analyse-folder.ts';
import { type Figure, scoreFigures } from './figures.ts';
import { rebuildGold } from './rebuild-gold.ts';
import { scopePredictions } from './scope-predictions.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the wide annotations live. */
export const WIDE_ANNOTATIONS = join(repoRoot, 'test/fixtures/wide-annotations');
/** Held-out wide annotations: documents annotated before any rule was tuned on them, scored apart (`--heldout`). */
export const WIDE_HELDOUT = join(repoRoot, 'test/fixtures/wide-heldout');

export interface WideRun {
  scorer: string;
  wideGold: string;
  widePred: string;
  documents: number;
  wide: Figure[];
  shared?: Figure[];
  notes: string[];
}

export interface WideOptions {
  shared: string;
  /** An empty folder for predictions and rebuilt gold. */
  work: string;
  only?: string;
  withShared?: boolean;
  /** The annotation folder (default: WIDE_ANNOTATIONS). */
  annotations?: string;
}

export async function runWideEval(options: WideOptions): Promise<WideRun> {
  const { shared, work } = options;
  const scorer = join(shared, 'eval/score.mjs');
  const wideGold = join(work, 'wide-gold');
  const widePred = join(work, 'wide-pred');
  const notes: string[] = [];
  const gold = await rebuildGold(
    options.annotations ?? WIDE_ANNOTATIONS,
    join(shared, 'corpus-wide'),
    wideGold,
    options.only,
  );
  for (const s of gold.skipped) notes.push(`skipped ${s}: absent from corpus-wide`);
  // The whole folder is analysed, so a news article's meeting has its primary texts beside it.
  const wideRun = await analyseFolder(join(shared, 'corpus-wide'), widePred);
  notes.push(`corpus-wide: analysed ${wideRun.analysed} documents in ${wideRun.seconds.toFixed(2)} s`);
  for (const f of wideRun.failed) notes.push(`failed ${f}`);
  for (const [document, range] of gold.ranges) {
    await scopePredictions(widePred, join(shared, 'corpus-wide'), document, range);
    notes.push(`${document}: statements scored in [${range[0]}, ${range[1]}) only`);
  }
  const run: WideRun = {
    scorer,
    wideGold,
    widePred,
    documents: gold.documents.length,
    wide: scoreFigures(scorer, wideGold, widePred),
    notes,
  };
  notes.push(`wide gold: ${gold.documents.length} documents`);
  if (options.withShared) {
    const sharedPred = join(work, 'shared-pred');
    const sharedRun = await analyseFolder(join(shared, 'corpus'), sharedPred);
    notes.push(`corpus: analysed ${sharedRun.analysed} documents in ${sharedRun.seconds.toFixed(2)} s`);
    run.shared = scoreFigures(scorer, join(shared, 'eval/gold'), sharedPred);
  }
  return run;
}
