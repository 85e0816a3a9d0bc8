import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTree } from '../../src/structure/build-tree.ts';
import { nodesOfKind } from '../../src/model/node.ts';
import { assertTreeInvariants } from './check-tree.ts';

describe('offsets in UTF-16 code units', () => {
  test('should slice back exactly after characters outside the BMP', () => {
    const text =
      '🌍 𝔘nity Summit 🤝\n\nThe Parties 🇰🇿 met.\n\n1. The Parties agree on 𝔘nity. ' +
      'They act.\n\n2. They meet 🎉 again.';
    const tree = buildTree(text);
    assertTreeInvariants(text, tree);
    const clauses = nodesOfKind(tree, 'clause');
    assert.deepEqual(
      clauses.map((c) => text.slice(c.start, c.end)),
      ['1. The Parties agree on 𝔘nity. They act.', '2. They meet 🎉 again.'],
    );
    assert.equal(text.slice(clauses[0].marker!.start, clauses[0].marker!.end), '1.');
    const sentences = nodesOfKind(tree, 'sentence').map((s) => text.slice(s.start, s.end));
    assert.ok(sentences.includes('The Parties agree on 𝔘nity.'));
    assert.ok(sentences.includes('They meet 🎉 again.'));
  });
  test('should trim non-breaking and ideographic spaces from spans', () => {
    const text = '\u00a0 1. The Parties agree.\u3000\n\n\u00a0The end is near.\u00a0';
    const tree = buildTree(text);
    assertTreeInvariants(text, tree);
    assert.equal(nodesOfKind(tree, 'clause').length, 1);
  });
  test('should be deterministic', () => {
    const text = 'Intro.\n\n1. A met.\n\n(a) B met.\n\nDone at Astana.';
    assert.deepEqual(buildTree(text), buildTree(text));
  });
  test('should return frozen nodes', () => {
    const tree = buildTree('1. A met.');
    assert.ok(Object.isFrozen(tree) && Object.isFrozen(tree.children) && Object.isFrozen(tree.children[0]));
  });
});
