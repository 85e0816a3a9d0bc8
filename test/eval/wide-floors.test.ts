/**
 * @module wide-floors.test
 * Concord on the project's wide gold (test/fixtures/wide-annotations over
 * ../shared/corpus-wide, other formats than the development corpus) stays at or above the
 * figures measured when the gold was made, less a small margin. Raise a floor when a figure
 * rises for good. Skips visibly without ../shared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWideEval } from '../../scripts/wide/run-wide-eval.ts';

const shared = resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared');

/** Field → floor (the baseline of 2026-12-06 less 0.03). */
const FLOORS: Record<string, number> = {
  'document kind': 0.92,
  'meeting.level': 0.86,
  'meeting.edition': 0.75,
  'meeting.date': 0.36,
  'meeting.city': 0.19,
  'meeting.country': 0.36,
  'participants F1': 0.77,
  'participants.country': 0.89,
  'parties (exact set)': 0.37,
  'statements F1': 0.84,
  'statements.kind': 0.61,
  'statements.actors': 0.19,
  'statements.sectors (Jaccard)': 0.33,
  'statements.deadline': 0.95,
  'statements.references F1': 0.47,
  'entities F1': 0.77,
  'entities.country F1': 0.94,
};

test('should stay at or above its floors on the wide gold', async (t) => {
  if (!existsSync(join(shared, 'corpus-wide')) || !existsSync(join(shared, 'eval/score.mjs')))
    return t.skip(`${shared}/corpus-wide or eval/score.mjs absent: wide floors not checked`);
  const work = mkdtempSync(join(tmpdir(), 'concord-wide-floors-'));
  try {
    const run = await runWideEval({ shared, work });
    assert.ok(run.documents >= 20, `at least 20 annotated documents (found ${run.documents})`);
    const below = Object.entries(FLOORS).flatMap(([field, floor]) => {
      const value = run.wide.find((f) => f.field === field)?.value ?? Number.NaN;
      return value >= floor ? [] : [`${field} ${value} < ${floor}`];
    });
    assert.deepEqual(below, [], 'figures below their floors');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
