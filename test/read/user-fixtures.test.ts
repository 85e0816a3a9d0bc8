/**
 * @module user-fixtures.test
 * Reads and structures every document in test/fixtures/user (invented texts in other
 * formats, encodings and languages) and checks the metadata and clause labels written down
 * by hand from what each document prints. How the fixtures were made:
 * - `eu-ca-ministerial.md`, `c5-1-joint-statement.html`, `sco-style-declaration.txt`: by hand
 *   (front matter, soft wraps, `1\.`, `(a)`, `—`/`•`; cookie banner, nav, related links,
 *   footer, `<ol>`; Roman sections with `2.1.` sub-clauses).
 * - `kz-kr-treaty.docx`: `makeDocx` (test/read/helpers/make-docx.ts), "Article N" headings
 *   each followed by a title line.
 * - `gcc-ca-joint-statement.pdf`: Chromium print-to-PDF (playwright-core `page.pdf`) of a
 *   hand-written page, with a small-print running head and a "Page 1 of 1" footer.
 * - `wire-news-latin1.txt`, `ru-press-release-cp1251.txt`, `ru-agreement-koi8r.txt`,
 *   `cn-statement-utf16le.txt`: written in UTF-8, then `iconv -t iso-8859-1 / windows-1251 /
 *   koi8-r / utf-16le` (the last after an `FF FE` byte-order mark).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../src/read/read-document.ts';
import { buildTree } from '../../src/structure/build-tree.ts';
import { nodesOfKind, type TreeNode } from '../../src/model/node.ts';
import type { DocumentMeta } from '../../src/model/document.ts';
import { assertTreeInvariants } from '../structure/check-tree.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/user');

interface Expected {
  readonly meta: Partial<DocumentMeta>;
  /** Every clause label in document order, nested ones written "parent/child". */
  readonly clauses: readonly string[];
  /** Text that must not appear (page chrome, furniture). */
  readonly absent?: readonly string[];
  /** Text that must appear (decoded letters). */
  readonly present?: readonly string[];
}

const ARTICLES = Array.from({ length: 12 }, (_, i) => String(i + 1));

const EXPECTED: Readonly<Record<string, Expected>> = {
  'c5-1-joint-statement.html': {
    meta: {
      format: 'html',
      encoding: 'utf-8',
      language: 'en',
      title: 'Joint Statement of the C5+1 Foreign Ministers',
      published: '2025-09-24',
    },
    clauses: ['1', '2', '3', '4', '5'],
    absent: [
      'cookies',
      'Privacy Policy',
      'Related Articles',
      'Fact Sheet',
      'Home',
      'Share this page',
      'dataLayer',
      'Search this site',
    ],
  },
  'cn-statement-utf16le.txt': {
    meta: { format: 'text', encoding: 'utf-16le', language: 'zh', title: '中国—中亚外长会晤联合声明' },
    clauses: ['一', '二', '三', '四'],
  },
  'eu-ca-ministerial.md': {
    meta: {
      format: 'markdown',
      encoding: 'utf-8',
      language: 'en',
      title: 'Joint Communiqué of the EU–Central Asia Ministerial Meeting',
      published: '2025-10-21',
      kind: 'communique',
    },
    clauses: ['1', '2', '3', '3/a', '3/b', '3/c', '4', '5'],
  },
  'gcc-ca-joint-statement.pdf': {
    meta: { format: 'pdf', language: 'en' },
    clauses: ['1', '2', '3', '4', '5', '6'],
    absent: ['Page 1 of 1', 'GCC Secretariat General'],
  },
  'kz-kr-treaty.docx': {
    meta: {
      format: 'docx',
      language: 'en',
      title: 'Treaty on Friendship and Cooperation between the Republic of Kazakhstan and the Republic of Korea',
    },
    clauses: ARTICLES,
  },
  'ru-agreement-koi8r.txt': {
    meta: {
      format: 'text',
      encoding: 'koi8-r',
      language: 'ru',
      title: 'СОГЛАШЕНИЕ о сотрудничестве в области водных ресурсов между государствами Центральной Азии',
    },
    clauses: ['1', '2', '3', '3/а', '3/б', '3/в', '4'],
    present: ['Межгосударственная рабочая группа'],
  },
  'ru-press-release-cp1251.txt': {
    meta: {
      format: 'text',
      encoding: 'windows-1251',
      language: 'ru',
      title: 'О встрече министров иностранных дел Центральной Азии и Китая',
    },
    clauses: [],
    present: ['«Центральная Азия – Китай»', 'договорённостей'],
  },
  'sco-style-declaration.txt': {
    meta: {
      format: 'text',
      encoding: 'utf-8',
      language: 'en',
      title: 'Declaration of the Council of Heads of Member States of the Regional Security Organisation',
    },
    clauses: ['I', 'I/1', 'I/2', 'I/2/2.1', 'I/2/2.2', 'I/3', 'II', 'II/4', 'II/5', 'III', 'III/6', 'III/7'],
  },
  'wire-news-latin1.txt': {
    meta: {
      format: 'text',
      encoding: 'iso-8859-1',
      language: 'en',
      title: 'EU and Central Asian ministers agree to speed up Trans-Caspian corridor',
    },
    clauses: [],
    present: ['Renée Lefèvre', 'Søren Ødegård'],
  },
};

describe('user fixtures: other formats, encodings and languages', () => {
  test('should have an expectation for every fixture file', () => {
    const files = readdirSync(dir).sort();
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    test(`should read and structure ${file}`, async () => {
      const doc = await readDocument({ bytes: readFileSync(path.join(dir, file)), fileName: file });
      for (const [key, value] of Object.entries(expected.meta))
        assert.equal(doc.meta[key as keyof DocumentMeta], value, `${file}: meta.${key}`);
      const tree = buildTree(doc.text, { format: doc.meta.format });
      assertTreeInvariants(doc.text, tree, file);
      assert.deepEqual(clausePaths(tree), expected.clauses);
      for (const s of expected.absent ?? [])
        assert.ok(!doc.text.includes(s), `${file}: ${JSON.stringify(s)} should not be in the text`);
      for (const s of expected.present ?? [])
        assert.ok(doc.text.includes(s), `${file}: ${JSON.stringify(s)} should be in the text`);
      assert.ok(!doc.text.includes('\uFFFD'), `${file}: replacement character in the text`);
    });
  }
});

/** Clause labels in document order, each prefixed with the labels of its enclosing clauses. */
function clausePaths(tree: TreeNode): string[] {
  const out: string[] = [];
  const visit = (node: TreeNode, prefix: string) => {
    for (const child of node.children) {
      if (child.kind === 'clause') {
        const label = prefix + (child.label ?? '?');
        out.push(label);
        visit(child, `${label}/`);
      } else visit(child, prefix);
    }
  };
  visit(tree, '');
  assert.equal(out.length, nodesOfKind(tree, 'clause').length);
  return out;
}
