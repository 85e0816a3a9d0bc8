import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTree } from '../../src/structure/build-tree.ts';
import { clauseLabelAt, nodeAt } from '../../src/structure/find-node.ts';

const at = (text: string, needle: string) => text.indexOf(needle);

describe('nodeAt and clauseLabelAt', () => {
  const numbered =
    'Joint Statement\n\nThe Parties met.\n\n1. The Parties will:\n\n(a) meet;\n\n— hold talks.\n\nThey also ' +
    'agreed.\n\n2. They left.\n\nDone at Astana, 4 July 2024.';
  const tree = buildTree(numbered);
  test('should find the deepest node at an offset', () => {
    assert.equal(nodeAt(tree, at(numbered, 'meet;'))?.kind, 'sentence');
    assert.equal(nodeAt(tree, -1), undefined);
  });
  test('should label text before the first clause "preamble"', () => {
    assert.equal(clauseLabelAt(tree, at(numbered, 'The Parties met')), 'preamble');
    assert.equal(clauseLabelAt(tree, 0), 'preamble');
  });
  test('should label lettered items, bullets and continuations by their clause', () => {
    assert.equal(clauseLabelAt(tree, at(numbered, 'The Parties will')), '1');
    assert.equal(clauseLabelAt(tree, at(numbered, 'meet;')), '1');
    assert.equal(clauseLabelAt(tree, at(numbered, 'hold talks')), '1');
    assert.equal(clauseLabelAt(tree, at(numbered, 'They also')), '1');
    assert.equal(clauseLabelAt(tree, at(numbered, 'They left')), '2');
  });
  test('should label the closing line by its paragraph number', () => {
    assert.equal(clauseLabelAt(tree, at(numbered, 'Done at')), 'p7');
  });
  test(
    'should label decimal clauses under Roman sections by the decimal label, and Roman-only clauses by the ' +
      'numeral',
    () => {
      const text = 'I. Politics\n\n1. The Parties met.\n\nII. Trade\n\n2. Trade grew.';
      assert.equal(clauseLabelAt(buildTree(text), at(text, 'Trade grew')), '2');
      const roman = 'I. The parties met.\n\nThey agreed.\n\nII. They left.';
      assert.equal(clauseLabelAt(buildTree(roman), at(roman, 'They agreed')), 'I');
    },
  );
  test('should label paragraphs in an Article by the article number', () => {
    const text = 'Article 3\n\n1. The Parties consult.\n\n2. They inform.';
    assert.equal(clauseLabelAt(buildTree(text), at(text, 'They inform')), '3');
  });
  test('should label paragraphs p<N> in a text without numbers, not counting the title block', () => {
    const text =
      'Astana Declaration\n\nJuly 10, 2024\n\nThe leaders met.\n\nTectonic shifts occur. A new order emerges.';
    const t = buildTree(text);
    assert.equal(clauseLabelAt(t, at(text, 'The leaders')), 'p1');
    assert.equal(clauseLabelAt(t, at(text, 'A new order')), 'p2');
    assert.equal(clauseLabelAt(t, at(text, 'Astana')), 'title');
  });
});
