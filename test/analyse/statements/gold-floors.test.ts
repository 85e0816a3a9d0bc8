/**
 * @module gold-floors.test
 * The analysis reaches its floors on the shared gold documents (skips without ../shared).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAnalysisEval } from '../../../bench/analysis-eval.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = resolve(repoRoot, '../shared');

/** Reads "name  accuracy X" / "name  P a R b F1 c" rows of the scorer's table. */
function metric(table: string, row: string, key: 'accuracy' | 'F1' | 'jaccard'): number {
  const line = table.split('\n').find((l) => l.startsWith(`${row} `));
  const m = line && new RegExp(`${key} ([0-9.]+)`).exec(line);
  return m ? Number(m[1]) : NaN;
}

test('should reach the floors on the gold documents', (t) => {
  if (!existsSync(join(shared, 'eval/gold')) || !existsSync(join(shared, 'corpus')))
    return t.skip('../shared/eval gold or corpus absent');
  const out = mkdtempSync(join(tmpdir(), 'concord-gold-'));
  try {
    // Metadata kind withheld: the text must decide.
    const table = runAnalysisEval(out, { metaKind: false });
    const floors: [string, 'accuracy' | 'F1' | 'jaccard', number][] = [
      ['document kind', 'accuracy', 0.95],
      ['meeting.format', 'accuracy', 0.95],
      ['meeting.level', 'accuracy', 0.95],
      ['meeting.edition', 'accuracy', 0.95],
      ['meeting.date', 'accuracy', 0.95],
      ['meeting.city', 'accuracy', 0.95],
      ['meeting.country', 'accuracy', 0.95],
      ['parties (exact set)', 'accuracy', 0.95],
      ['statements', 'F1', 0.95],
      ['statements.kind', 'accuracy', 0.95],
      ['statements.actors', 'accuracy', 0.97],
      ['statements.sectors', 'jaccard', 0.82],
      ['statements.deadline', 'accuracy', 0.95],
      ['statements.references', 'F1', 0.82],
    ];
    for (const [row, key, floor] of floors)
      assert.ok(metric(table, row, key) >= floor, `${row} ${key} ${metric(table, row, key)} < ${floor}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
