/**
 * @module pdf-furniture.test
 * Page furniture in PDFs (running heads, page numbers) stays out of the document text;
 * footnotes and body lines stay in.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfText, type PdfTextItem } from '../../src/read/pdf-lines.ts';
import { readDocument } from '../../src/read/read-document.ts';
import { makePdf } from './helpers/make-pdf.ts';

const line = (str: string, y: number, fontSize = 12): PdfTextItem => ({ str, y, fontSize, hasEOL: true });

describe('PDF page furniture', () => {
  test('should drop page numbers at the top or bottom edge of a page', async () => {
    for (const number of ['Page 2 of 7', '- 3 -', '12', 'Стр. 4 из 9', '3/7']) {
      assert.equal(
        pdfText([[line('1. The Parties agreed.', 700), line(number, 30)]]),
        '1. The Parties agreed.',
        number,
      );
    }
  });

  test('should drop a small-print running head drawn after the body, and keep a small footnote', () => {
    const page = [
      line('Joint Statement', 730, 15),
      line('1. The Parties agreed.', 690),
      line('2. They met.', 676),
      line('Secretariat General', 820, 6),
      line('1 See the Action Plan.', 20, 8),
    ];
    assert.equal(pdfText([page]), 'Joint Statement\n\n1. The Parties agreed.\n2. They met.\n\n1 See the Action Plan.');
  });

  test('should drop an edge line repeated at one place on most pages, whatever its page number', () => {
    const pages = [1, 2, 3].map((n) => [
      line(`Joint Statement of the Ministers - ${n}`, 760),
      line(`Text of page ${n}`, 700 - 40 * n),
      line('goes on here.', 686 - 40 * n),
    ]);
    assert.equal(
      pdfText(pages),
      'Text of page 1\ngoes on here.\n\nText of page 2\ngoes on here.\n\nText of page 3\ngoes on here.',
    );
  });

  test('should keep "Article N" headings that open every page', () => {
    const pages = [5, 6].map((n) => [
      line(`Article ${n}`, 760),
      line('The Parties shall cooperate.', 700),
      line('Treaty on Friendship', 30),
    ]);
    assert.equal(
      pdfText(pages),
      'Article 5\n\nThe Parties shall cooperate.\n\nArticle 6\n\nThe Parties shall cooperate.',
    );
  });

  test('should keep a number that is body text between other lines', () => {
    const page = [line('The Parties signed', 700), line('12', 686), line('agreements.', 672)];
    assert.equal(pdfText([page]), 'The Parties signed\n12\nagreements.');
  });

  test('should leave the header and "Page 1 of 1" footer of a browser-printed PDF out', async (t) => {
    const file = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../fixtures/user/gcc-ca-joint-statement.pdf',
    );
    const doc = await readDocument({ bytes: readFileSync(file), fileName: 'gcc.pdf' });
    assert.ok(!doc.text.includes('Page 1 of 1'));
    assert.ok(!doc.text.includes('GCC Secretariat General'));
    assert.ok(doc.text.endsWith('through diplomatic channels.'), t.name);
  });

  test('should drop page numbers from a PDF read end to end', async () => {
    const pdf = makePdf([
      [
        { text: '1. The Parties agreed.', y: 700 },
        { text: 'Page 1 of 2', y: 30 },
      ],
      [
        { text: '2. They met again.', y: 700 },
        { text: 'Page 2 of 2', y: 30 },
      ],
    ]);
    const doc = await readDocument({ bytes: pdf, fileName: 'two.pdf' });
    assert.equal(doc.text, '1. The Parties agreed.\n\n2. They met again.');
  });
});
