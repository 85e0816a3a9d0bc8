/**
 * @module expand-paths.test
 * Folder expansion: recursive, sorted, dotfiles skipped, symlink loops ended, missing paths reported.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths } from '../../src/ingest/expand-paths.ts';

describe('expandPaths', () => {
  test('should list files recursively in sorted order, skipping dotfiles and ending symlink loops', async (t) => {
    const root = mkdtempSync(join(tmpdir(), 'concord-expand-'));
    t.after(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'b'));
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'a.txt'), 'a');
    writeFileSync(join(root, '.hidden.txt'), 'h');
    writeFileSync(join(root, '.git', 'x.txt'), 'x');
    writeFileSync(join(root, 'b', 'c.txt'), 'c');
    symlinkSync(root, join(root, 'b', 'loop'));
    const out = await expandPaths([root]);
    assert.deepEqual(
      out.map((o) => o.path),
      [join(root, 'a.txt'), join(root, 'b', 'c.txt')],
    );
  });

  test('should report a missing path and still list the others, each file once', async (t) => {
    const root = mkdtempSync(join(tmpdir(), 'concord-expand-'));
    t.after(() => rmSync(root, { recursive: true, force: true }));
    writeFileSync(join(root, 'a.txt'), 'a');
    const out = await expandPaths([join(root, 'nope'), join(root, 'a.txt'), root]);
    assert.equal(out.length, 2);
    assert.ok('code' in out[0] && out[0].code === 'not-found');
    assert.deepEqual(out[1], { path: join(root, 'a.txt') });
  });
});
