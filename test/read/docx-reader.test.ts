import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/read/read-document.ts';
import { ReadError } from '../../src/read/read-error.ts';
import { makeDocx } from './helpers/make-docx.ts';
import { makeZip } from './helpers/make-zip.ts';

describe('DOCX reader', () => {
  test('should read headings, paragraphs and a numbered list with its numbers', async () => {
    const bytes = makeDocx([
      { text: 'Astana Declaration', style: 'Heading1' },
      { text: 'The Heads of State declare as follows:' },
      { text: 'To deepen cooperation in trade and transport.', numbered: true },
      { text: 'To meet again in 2027.', numbered: true },
    ]);
    const doc = await readDocument({ bytes, fileName: 'declaration.docx' });
    assert.equal(doc.meta.format, 'docx');
    assert.equal(doc.meta.title, 'Astana Declaration');
    assert.equal(
      doc.text,
      'Astana Declaration\n\nThe Heads of State declare as follows:\n\n1. To deepen cooperation in trade and ' +
        'transport.\n\n2. To meet again in 2027.',
    );
  });

  test('should be recognised by its zip content without a file name', async () => {
    const doc = await readDocument({ bytes: makeDocx([{ text: 'Only one paragraph here.' }]) });
    assert.equal(doc.meta.format, 'docx');
  });

  test('should refuse a broken DOCX as malformed', async () => {
    const bytes = makeZip({ 'word/document.xml': '<w:document><broken' });
    await assert.rejects(
      readDocument({ bytes, fileName: 'broken.docx' }),
      (e: unknown) => e instanceof ReadError && e.code === 'malformed' && /broken\.docx/.test(e.message),
    );
  });

  test('should refuse RTF and legacy .doc as unsupported, saying what to do', async () => {
    await assert.rejects(
      readDocument({ bytes: new TextEncoder().encode('{\\rtf1\\ansi Hello}'), fileName: 'a.rtf' }),
      (e: unknown) => e instanceof ReadError && e.code === 'unsupported' && /save it as DOCX/.test(e.message),
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    await assert.rejects(
      readDocument({ bytes: ole, fileName: 'old.doc' }),
      (e: unknown) => e instanceof ReadError && e.code === 'unsupported',
    );
  });

  test('should refuse a zip that is not a DOCX as unsupported', async () => {
    await assert.rejects(
      readDocument({ bytes: makeZip({ 'a.txt': 'hello' }), fileName: 'files.zip' }),
      (e: unknown) => e instanceof ReadError && e.code === 'unsupported',
    );
  });
});
