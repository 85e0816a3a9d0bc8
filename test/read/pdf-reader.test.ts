import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/read/read-document.ts';
import { dehyphenate, pageText } from '../../src/read/pdf-lines.ts';
import { ReadError } from '../../src/read/read-error.ts';
import { makePdf } from './helpers/make-pdf.ts';

describe('PDF reader', () => {
  test('should extract the text of every page, rebuild paragraphs and join hyphenated words', async () => {
    const pdf = makePdf(
      [
        [
          { text: 'Joint Statement', y: 720 },
          { text: '1. The parties agreed to strength-', y: 690 },
          { text: 'en cooperation between Central Asia-', y: 676 },
          { text: 'China partners.', y: 662 },
          { text: '2. They will meet again in 2026.', y: 630 },
        ],
        [{ text: 'Done in Astana (Kazakhstan).', y: 720 }],
      ],
      'Joint Statement of the Ministers',
    );
    const doc = await readDocument({ bytes: pdf, fileName: 'statement.pdf' });
    assert.equal(doc.meta.format, 'pdf');
    assert.equal(doc.meta.title, 'Joint Statement of the Ministers');
    assert.equal(
      doc.text,
      'Joint Statement\n\n1. The parties agreed to strengthen cooperation between Central Asia-\nChina ' +
        'partners.\n\n2. They will meet again in 2026.\n\nDone in Astana (Kazakhstan).',
    );
  });

  test('should refuse a PDF with no text layer', async () => {
    const pdf = makePdf([[]]);
    await assert.rejects(
      readDocument({ bytes: pdf, fileName: 'scan.pdf' }),
      (e: unknown) => e instanceof ReadError && e.code === 'empty' && /OCR/.test(e.message),
    );
  });

  test('should refuse a broken PDF as malformed', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nthis is not really a pdf');
    await assert.rejects(
      readDocument({ bytes, fileName: 'broken.pdf' }),
      (e: unknown) => e instanceof ReadError && e.code === 'malformed',
    );
  });
});

describe('pdf-lines', () => {
  test('should de-hyphenate only before a lowercase letter', () => {
    assert.equal(
      dehyphenate('co-\noperation and Asia-\nChina and 2025-\n2026'),
      'cooperation and Asia-\nChina and 2025-\n2026',
    );
  });

  test('should join items of one baseline and break lines on a new baseline', () => {
    const items = [
      { str: 'Hello ', y: 700, fontSize: 12, hasEOL: false },
      { str: 'world', y: 700, fontSize: 12, hasEOL: false },
      { str: 'Next line', y: 686, fontSize: 12, hasEOL: false },
    ];
    assert.equal(pageText(items), 'Hello world\nNext line');
  });
});
