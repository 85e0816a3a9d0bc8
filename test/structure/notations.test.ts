import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTree } from '../../src/structure/build-tree.ts';
import { nodesOfKind } from '../../src/model/node.ts';
import { assertTreeInvariants } from './check-tree.ts';

/** Builds the tree and returns `[label, notation, marker]` of every clause. */
function clauses(
  text: string,
  format?: 'markdown',
): Array<[string | undefined, string | undefined, string | undefined]> {
  const tree = buildTree(text, { format });
  assertTreeInvariants(text, tree);
  return nodesOfKind(tree, 'clause').map((c) => [c.label, c.notation, c.marker?.text]);
}

describe('clause notations', () => {
  test('should read "1." clauses with their labels', () => {
    assert.deepEqual(clauses('1. The Parties met.\n\n2. They agreed.'), [
      ['1', 'decimal', '1.'],
      ['2', 'decimal', '2.'],
    ]);
  });
  test('should read the Markdown escape "1\\." as a decimal clause', () => {
    assert.deepEqual(clauses('1\\. The Parties met.\n\n2\\. They agreed.', 'markdown'), [
      ['1', 'decimal', '1\\.'],
      ['2', 'decimal', '2\\.'],
    ]);
  });
  test('should read a decimal marker typed with a comma within the numbering, and not a number in prose', () => {
    assert.deepEqual(clauses('1. The Parties met.\n\n2. They agreed.\n\n3,We reiterate it.\n\n4, We welcome it.'), [
      ['1', 'decimal', '1.'],
      ['2', 'decimal', '2.'],
      ['3', 'decimal', '3,'],
      ['4', 'decimal', '4,'],
    ]);
    // Out of the numbering, or before a lower-case word or a digit, a comma after a number is prose.
    assert.deepEqual(clauses('1. The Parties met.\n\n7, Tashkent hosted it.'), [['1', 'decimal', '1.']]);
    assert.deepEqual(clauses('1. The Parties met.\n\n2, and then they left.\n\n2,500 People came.'), [
      ['1', 'decimal', '1.'],
    ]);
  });
  test('should read "1)" clauses', () => {
    assert.deepEqual(clauses('1) The Parties met.\n\n2) They agreed.'), [
      ['1', 'decimal-paren', '1)'],
      ['2', 'decimal-paren', '2)'],
    ]);
  });
  test('should read Chinese "1、" and "一、" clauses, with or without a space', () => {
    assert.deepEqual(clauses('1、 All parties met.\n\n2、All parties agreed.'), [
      ['1', 'decimal', '1、'],
      ['2', 'decimal', '2、'],
    ]);
    assert.deepEqual(clauses('一、政治合作\n\n二、经贸合作'), [
      ['一', 'cjk', '一、'],
      ['二', 'cjk', '二、'],
    ]);
  });
  test('should read upper-case Roman numerals', () => {
    assert.deepEqual(
      clauses('I. The parties met.\n\nII. They agreed.\n\nIII. They left.\n\nIV. They wrote.').map((c) => c[0]),
      ['I', 'II', 'III', 'IV'],
    );
    assert.equal(clauses('I. The parties met.')[0][1], 'roman');
  });
  test('should read "(a)" and "a)" lettered items', () => {
    assert.deepEqual(clauses('(a) to meet;\n\n(b) to agree.'), [
      ['a', 'letter-paren', '(a)'],
      ['b', 'letter-paren', '(b)'],
    ]);
    assert.deepEqual(clauses('a) to meet;\n\nb) to agree.'), [
      ['a', 'letter', 'a)'],
      ['b', 'letter', 'b)'],
    ]);
  });
  test('should read "(1)" and "(i)" items, and "(i)" after "(h)" as a letter', () => {
    assert.deepEqual(
      clauses('(1) to meet;\n\n(2) to agree.').map((c) => c[1]),
      ['paren-decimal', 'paren-decimal'],
    );
    assert.deepEqual(
      clauses('(i) to meet;\n\n(ii) to agree;\n\n(iii) to act.').map((c) => [c[0], c[1]]),
      [
        ['i', 'roman-lower-paren'],
        ['ii', 'roman-lower-paren'],
        ['iii', 'roman-lower-paren'],
      ],
    );
    const letters = 'abcdefghi'
      .split('')
      .map((l) => `(${l}) item ${l};`)
      .join('\n\n');
    assert.deepEqual(clauses(letters).at(-1), ['i', 'letter-paren', '(i)']);
  });
  test('should read "Article 5", "Article 5." and "ARTICLE V" with the number as label', () => {
    assert.deepEqual(clauses('Article 5\n\nThe Parties shall cooperate.'), [['5', 'article', 'Article 5']]);
    assert.deepEqual(
      clauses('Article 5. Cooperation\n\nThe Parties shall cooperate.').map((c) => c[0]),
      ['5'],
    );
    assert.deepEqual(clauses('ARTICLE V\n\nThe Parties shall cooperate.'), [['V', 'article', 'ARTICLE V']]);
  });
  test('should not take "Article 5 of the Charter" prose for a clause', () => {
    assert.deepEqual(clauses('Article 5 of the Charter applies here.'), []);
  });
  test('should read "§ 3" and "Section 2"', () => {
    assert.deepEqual(clauses('§ 3 The Parties shall meet.'), [['3', 'section', '§ 3']]);
    assert.deepEqual(clauses('Section 2\n\nThe Parties shall meet.'), [['2', 'article', 'Section 2']]);
  });
  test('should not take a year, a decimal or a lower-case continuation for a clause', () => {
    assert.deepEqual(clauses('2025. The year of cooperation.'), []);
    assert.deepEqual(clauses('1.5 billion dollars were invested.'), []);
    assert.deepEqual(
      clauses('Trade grew.\n\n5. The Parties said so.'),
      [],
      'a stray 5. out of sequence stays a paragraph',
    );
  });
  test('should accept a clause that skips one number but not a jump', () => {
    assert.deepEqual(
      clauses('1. A met.\n\n2. B met.\n\n4. D met.').map((c) => c[0]),
      ['1', '2', '4'],
    );
    assert.deepEqual(
      clauses('1. A met.\n\n2. B met.\n\n9. D met.').map((c) => c[0]),
      ['1', '2'],
    );
  });
  test('should let numbering resume after a gap mark left by the source', () => {
    assert.deepEqual(
      clauses('1. A met.\n\n[...]\n\n9. D met.').map((c) => c[0]),
      ['1', '9'],
    );
  });
});
