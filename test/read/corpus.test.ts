import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../src/read/read-document.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

test('should read every corpus file, parse its header and keep the body only', async (t) => {
  if (!existsSync(corpus)) return t.skip(`${corpus} absent: corpus test skipped`);
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  assert.ok(files.length > 0);
  for (const file of files) {
    const raw = readFileSync(path.join(corpus, file));
    const doc = await readDocument({ bytes: raw, fileName: file });
    const source = raw.toString('utf8');
    assert.equal(doc.meta.format, 'text', file);
    assert.equal(doc.meta.encoding, 'utf-8', file);
    assert.ok(!/^url:/.test(doc.text), `${file}: body starts with the header`);
    const stated =
      /^published: (\d{4}-\d{2}-\d{2})\s*$/m.exec(source.split(/\n---\n/)[0]) ??
      /^ date (\d{4}-\d{2}-\d{2})/.exec(source);
    if (stated) assert.equal(doc.meta.published, stated[1], file);
    if (/^url: /.test(source)) {
      assert.equal(doc.meta.url, /^url: (.*)$/m.exec(source)![1].trim(), file);
      // The stored text is exactly the source after the header's --- line.
      assert.equal(doc.text, source.slice(source.indexOf('\n---\n') + 5), file);
    }
    assert.match(doc.meta.language ?? '', /^[a-z]{2}$/, file);
  }
});
