/**
 * @module mirror-import-meta-url.test
 * The `import.meta.url` a bundled source gets (scripts/mirror-import-meta-url.js, used by
 * scripts/build.js and the analysis benchmark's bundle): its file's URL in a folder mirroring its
 * root, reached from whichever output folder holds the code, so that data paths resolve as from
 * the sources.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mirroredImportMetaUrl } from '../../scripts/mirror-import-meta-url.js';

const ROOT = join('/', 'r');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');

/** Where `new URL(relative, import.meta.url)` from `sourcePath` points once bundled into `outFile`. */
function resolved(sourcePath: string, roots: Array<[string, string]>, outFile: string, relative: string): string {
  const expression = mirroredImportMetaUrl(sourcePath, roots, join(outFile, '..'));
  assert.ok(expression);
  const [, mirrored] = /^new URL\((".*"), import\.meta\.url\)\.href$/.exec(expression) ?? [];
  const url = new URL(JSON.parse(mirrored), pathToFileURL(outFile)).href;
  return new URL(relative, url).pathname;
}

describe('mirroredImportMetaUrl', () => {
  test('a source under src/ reads data/ two folders up from dist/cli and dist/chunks alike', () => {
    const source = join(SRC, 'analyse', 'shared', 'load-lexicons.ts');
    for (const out of [join(DIST, 'cli', 'main.js'), join(DIST, 'chunks', 'a-1234.js')])
      assert.equal(resolved(source, [[SRC, DIST]], out, '../../../data/lexicons/'), '/r/data/lexicons/');
  });

  test('a bundle outside the repository still points into it (and its .ts becomes .js)', () => {
    const source = join(SRC, 'knowledge', 'load-knowledge-base.ts');
    const out = join('/', 'tmp', 'x', 'bench', 'child.js');
    assert.equal(resolved(source, [[SRC, DIST]], out, '.'), '/r/dist/knowledge/');
    assert.equal(resolved(source, [[SRC, DIST]], out, '../../data/kb'), '/r/data/kb');
    const bench = join(ROOT, 'bench', 'analysis-bench.ts');
    assert.equal(
      resolved(
        bench,
        [
          [SRC, DIST],
          [join(ROOT, 'bench'), join(ROOT, 'bench')],
        ],
        out,
        './x',
      ),
      '/r/bench/x',
    );
  });

  test('a source under no root is left alone', () => {
    assert.equal(
      mirroredImportMetaUrl(join(ROOT, 'node_modules', 'p', 'i.ts'), [[SRC, DIST]], join(DIST, 'cli')),
      null,
    );
    // A folder whose name only starts like the root's is not under it.
    assert.equal(mirroredImportMetaUrl(join(ROOT, 'src2', 'a.ts'), [[SRC, DIST]], join(DIST, 'cli')), null);
  });
});
