import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readPlainText } from '../../src/read/text-reader.ts';
import { readDocument } from '../../src/read/read-document.ts';

const HEADER = [
  'url: https://example.org/news/1',
  'title: Ministers meet in Almaty',
  'published: 2025-04-26',
  'publisher: Example News',
  'kind: news',
  'event: test-event-2025',
  'completeness: complete',
  '---',
  'ALMATY, April 26. The ministers met.',
  '',
  '1. They agreed.  ',
].join('\n');

describe('readPlainText', () => {
  test('should parse the header block into meta and keep the body after the --- line', () => {
    const r = readPlainText(HEADER);
    assert.equal(r.text, 'ALMATY, April 26. The ministers met.\n\n1. They agreed.  ');
    assert.deepEqual(r.meta, {
      url: 'https://example.org/news/1',
      title: 'Ministers meet in Almaty',
      published: '2025-04-26',
      publisher: 'Example News',
      kind: 'news',
      extra: { event: 'test-event-2025', completeness: 'complete' },
    });
  });

  test('should keep placeholder values out of meta fields but in extra', () => {
    const r = readPlainText('title: unknown (URL slug: x)\npublished: unknown\n---\nBody');
    assert.equal(r.meta.title, undefined);
    assert.equal(r.meta.published, undefined);
    assert.deepEqual(r.meta.extra, { title: 'unknown (URL slug: x)', published: 'unknown' });
    assert.equal(r.text, 'Body');
  });

  test('should drop exactly one line break after ---', () => {
    assert.equal(readPlainText('kind: news\n---\n\nBody').text, '\nBody');
  });

  test('should read a leading " date" line and start the text after the date and spaces', () => {
    const r = readPlainText(' date 2025-04-28 Here is the text.\n\nSecond paragraph.');
    assert.equal(r.meta.published, '2025-04-28');
    assert.equal(r.text, 'Here is the text.\n\nSecond paragraph.');
    assert.equal(readPlainText(' date 2025-04-28\nBody').text, 'Body');
  });

  test('should leave text without a header exactly as is, apart from line ends', () => {
    const text = 'Note: this is not a header\nbecause this line has no colon\n---\nrest';
    assert.equal(readPlainText(text).text, text);
    assert.equal(readPlainText('a\r\nb\rc').text, 'a\nb\nc');
    assert.equal(readPlainText('\nTitle line\n“quoted” text').text, '\nTitle line\n“quoted” text');
  });
});

describe('readDocument on text', () => {
  test('should give CRLF and LF versions of a text the same id', async () => {
    const lf = await readDocument({ bytes: new TextEncoder().encode(HEADER), fileName: 'a.txt' });
    const crlf = await readDocument({
      bytes: new TextEncoder().encode(HEADER.replace(/\n/g, '\r\n')),
      fileName: 'b.txt',
    });
    assert.equal(crlf.text, lf.text);
    assert.equal(crlf.id, lf.id);
    assert.match(lf.id, /^d_[0-9a-f]{16}$/);
    assert.equal(lf.meta.format, 'text');
    assert.equal(lf.meta.fileName, 'a.txt');
  });

  test('should take a header-block text without a file name as text', async () => {
    const doc = await readDocument({ bytes: new TextEncoder().encode(HEADER) });
    assert.equal(doc.meta.format, 'text');
    assert.equal(doc.meta.published, '2025-04-26');
  });
});
