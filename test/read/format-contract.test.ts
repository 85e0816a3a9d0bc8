import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/read/read-document.ts';
import type { SourceFormat } from '../../src/model/document.ts';
import { makeDocx } from './helpers/make-docx.ts';
import { makePdf } from './helpers/make-pdf.ts';

/** One declaration, written in every format Concord reads. */
const TITLE = 'Joint Declaration of the Ministers';
const INTRO = 'The Ministers declare as follows:';
const CLAUSES = ['To deepen cooperation in trade and transport.', 'To meet again in Astana in 2026.'];

const encode = (s: string) => new TextEncoder().encode(s);
const SOURCES: Record<SourceFormat, () => Uint8Array> = {
  text: () => encode(`${TITLE}\n\n${INTRO}\n\n${CLAUSES.map((c, i) => `${i + 1}. ${c}`).join('\n\n')}\n`),
  markdown: () =>
    encode(
      `---\ntitle: ${TITLE}\n---\n# ${TITLE}\n\n${INTRO}\n\n${CLAUSES.map((c, i) => `${i + 1}. ${c}`).join('\n')}\n`,
    ),
  html: () =>
    encode(
      `<!doctype html><html><head><title>${TITLE}</title></head><body><h1>${TITLE}</h1><p>${INTRO}</p>` +
        `<ol>${CLAUSES.map((c) => `<li>${c}</li>`).join('')}</ol></body></html>`,
    ),
  docx: () =>
    makeDocx([
      { text: TITLE, style: 'Heading1' },
      { text: INTRO },
      ...CLAUSES.map((text) => ({ text, numbered: true })),
    ]),
  pdf: () =>
    makePdf(
      [
        [
          { text: TITLE, y: 720 },
          { text: INTRO, y: 690 },
          ...CLAUSES.map((c, i) => ({ text: `${i + 1}. ${c}`, y: 660 - 30 * i })),
        ],
      ],
      TITLE,
    ),
};

describe('every reader keeps the same document invariants', () => {
  for (const [format, make] of Object.entries(SOURCES) as [SourceFormat, () => Uint8Array][]) {
    test(`should read ${format}: title, clause markers at line starts, well-formed English text`, async () => {
      const doc = await readDocument({
        bytes: make(),
        fileName: `declaration.${format === 'markdown' ? 'md' : format === 'text' ? 'txt' : format}`,
      });
      assert.equal(doc.meta.format, format);
      assert.equal(doc.meta.language, 'en');
      assert.ok(doc.text.includes(INTRO));
      CLAUSES.forEach((clause, i) => {
        assert.match(doc.text, new RegExp(`^${i + 1}\\. ${clause.replace(/\./g, '\\.')}$`, 'm'));
      });
      if (format !== 'text') assert.equal(doc.meta.title, TITLE);
      assert.equal(doc.text, doc.text.trimStart());
      assert.ok(!/\r/.test(doc.text));
    });
  }
});
