import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readMarkdown } from '../../src/read/markdown-reader.ts';
import { readDocument } from '../../src/read/read-document.ts';
import { ReadError } from '../../src/read/read-error.ts';

const MARKDOWN = [
  '---',
  'title: "Joint Communiqué"',
  'date: 2025-04-26',
  'source: https://example.org/communique',
  'author: Example Ministry',
  'kind: communique',
  'tags: [diplomacy, trade]',
  '---',
  '# Joint Communiqué',
  '',
  'The ministers met in Almaty and',
  'agreed as *follows*:',
  '',
  '1\\. To deepen **trade**.',
  '',
].join('\n');

describe('readMarkdown', () => {
  test('should read front matter into meta and keep the body as written', () => {
    const r = readMarkdown(MARKDOWN);
    assert.equal(
      r.text,
      '# Joint Communiqué\n\nThe ministers met in Almaty and\nagreed as *follows*:\n\n1\\. To deepen **trade**.\n',
    );
    assert.equal(r.meta.title, 'Joint Communiqué');
    assert.equal(r.meta.published, '2025-04-26');
    assert.equal(r.meta.url, 'https://example.org/communique');
    assert.equal(r.meta.publisher, 'Example Ministry');
    assert.equal(r.meta.kind, 'communique');
    assert.deepEqual(r.meta.extra, { tags: 'diplomacy, trade' });
  });

  test('should take the first heading as title when there is no front matter', () => {
    const r = readMarkdown('Intro\n\n# The Title\n\nText');
    assert.equal(r.meta.title, 'The Title');
    assert.equal(r.text, 'Intro\n\n# The Title\n\nText');
  });

  test('should refuse broken YAML front matter with a malformed error', () => {
    assert.throws(
      () => readMarkdown('---\ntitle: [unclosed\n---\nBody', 'bad.md'),
      (e: unknown) => e instanceof ReadError && e.code === 'malformed' && /bad\.md/.test(e.message),
    );
  });

  test('should be chosen by extension and by sniffing', async () => {
    const bytes = new TextEncoder().encode(MARKDOWN);
    assert.equal((await readDocument({ bytes, fileName: 'c.md' })).meta.format, 'markdown');
    assert.equal((await readDocument({ bytes })).meta.format, 'markdown');
    const cues = new TextEncoder().encode('# Heading\n\n- item one\n- item two\n\nSome **bold** text.');
    assert.equal((await readDocument({ bytes: cues })).meta.format, 'markdown');
    assert.equal(
      (await readDocument({ bytes: bytes, fileName: 'c.txt', mediaType: 'text/markdown' })).meta.format,
      'markdown',
    );
  });
});
