/**
 * @module gold-claims.test
 * The claims of the news in the shared gold reach their floors: detection P/R, verdict accuracy,
 * contradicted recall and evidence, scored by the shared scorer (skips without ../shared).
 * Floors sit a little under what the rules reach, so a regression fails and noise does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCorpus } from '../../../scripts/analyse-corpus.ts';

const shared = resolve(fileURLToPath(new URL('../../..', import.meta.url)), '../shared');

test('should reach the claim floors on the gold news', async (t) => {
  const gold = join(shared, 'eval/gold');
  if (!existsSync(gold) || !existsSync(join(shared, 'corpus'))) return t.skip('../shared/eval gold or corpus absent');
  const out = mkdtempSync(join(tmpdir(), 'concord-claims-'));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  await analyseCorpus(join(shared, 'corpus'), out);
  const r = spawnSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', gold, '--pred', out, '--json'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  const floors: [string, number, number][] = [
    // Raised 2026-12-07 (measured P 0.858, R 0.804, verdict 0.835, evidence 0.765), less about 0.03;
    // again at 05:55 (P 0.874, R 0.88, verdict 0.856; evidence 0.746 on more matched claims, n 51 → 59);
    // verdict and evidence again at 12:40 (verdict 0.885, evidence 0.847: paraphrases in the index).
    ['claims precision', s.claims.precision, 0.85],
    ['claims recall', s.claims.recall, 0.85],
    ['verdict accuracy', s.claimVerdict.accuracy, 0.86],
    ['contradicted recall', s.claimVerdictBy.contradicted.accuracy, 0.99],
    ['evidence among the gold clauses', s.claimEvidence.accuracy, 0.81],
  ];
  for (const [name, value, floor] of floors) assert.ok(value >= floor, `${name} ${value} below ${floor}`);
});
