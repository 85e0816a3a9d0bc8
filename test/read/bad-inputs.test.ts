/**
 * @module bad-inputs.test
 * Bad inputs a user drops into a folder: each gives one clear error (or, for malformed HTML,
 * the text a browser would show) and never a crash.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/read/read-document.ts';
import { ReadError } from '../../src/read/read-error.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const fails = (code: string, message: RegExp) => (e: unknown) =>
  e instanceof ReadError && e.code === code && message.test(e.message) && !e.message.includes('\n');

describe('bad inputs', () => {
  test('should say that a damaged .docx is no Word document rather than advise unpacking it', async () => {
    const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('garbage, not a zip')]);
    await assert.rejects(
      readDocument({ bytes: fake, fileName: 'statement.docx' }),
      fails('unsupported', /statement\.docx is named \.docx but holds no Word document/),
    );
    await assert.rejects(readDocument({ bytes: fake, fileName: 'bundle.zip' }), fails('unsupported', /zip archive/));
  });

  test('should read malformed HTML as a browser would', async () => {
    const html =
      '<html><head><title>Broken page</title><body><div><p>1. The Parties agreed <b>to meet <i>again</p><p>2. ' +
      'They welcomed the <a href="x>results</div></span></table>';
    const doc = await readDocument({ bytes: bytes(html), fileName: 'broken.html' });
    assert.equal(doc.meta.title, 'Broken page');
    assert.match(doc.text, /^1\. The Parties agreed to meet again\n\n2\. They welcomed the$/);
  });

  test('should refuse an HTML page with nothing but chrome and scripts', async () => {
    await assert.rejects(
      readDocument({
        bytes: bytes('<body><nav><a href="/">Home</a></nav><script>x=1</script></body>'),
        fileName: 'empty.html',
      }),
      fails('empty', /holds no text once its markup is removed/),
    );
  });

  test('should refuse UTF-8 with stray Latin-1 bytes, naming the offset', async () => {
    const damaged = new Uint8Array([...bytes('Communiqué: 1. Café '), 0xe9, ...bytes(' talks.')]);
    await assert.rejects(
      readDocument({ bytes: damaged, fileName: 'damaged.txt' }),
      fails('encoding', /damaged\.txt is not valid UTF-8: invalid byte 0xE9 at byte offset 22/),
    );
  });
});
