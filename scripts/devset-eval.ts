/**
 * @module devset-eval
 * Scores Concord on the development set (test/fixtures/devset: invented documents of other
 * formats, translations and sources, with hand-made gold) by running scripts/eval.ts on it, so
 * that generalisation beyond ../shared/eval/gold can be checked without the sealed set.
 *
 * Usage: node --import tsx scripts/devset-eval.ts [--verbose] [--out DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = join(repoRoot, 'test/fixtures/devset');
const scorer = resolve(repoRoot, '../shared/eval/score.mjs');

if (!existsSync(scorer)) {
  console.log(`devset-eval: scorer not found at ${scorer}; nothing to score`);
  process.exit(0);
}
// eval.ts already does read → tree → analyse → export and runs the scorer; only the folders differ.
const r = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    join(repoRoot, 'scripts/eval.ts'),
    '--corpus',
    join(devset, 'docs'),
    '--gold',
    join(devset, 'gold'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', cwd: repoRoot },
);
process.exit(r.status ?? 1);
