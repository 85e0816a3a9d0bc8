/**
 * @module search-passages.test
 * Which text the full-text index holds: each word once, blocks before sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flattenTree } from '../../src/store/flatten-tree.ts';
import { searchPassages } from '../../src/store/search-passages.ts';
import { record } from './store-fixtures.ts';

const bodies = (rec: ReturnType<typeof record>) =>
  searchPassages(rec.document.text, flattenTree(rec.tree)).map((p) => `${p.kind}:${p.label ?? ''}:${p.body}`);

test('should index a clause lead-in and its sub-clauses separately', () => {
  const rec = record('d', [
    {
      kind: 'clause',
      label: '1',
      text: '1. Agreed:',
      children: [
        { kind: 'clause', label: 'a', text: '(a) one;' },
        { kind: 'clause', label: 'b', text: '(b) two.' },
      ],
    },
  ]);
  assert.deepEqual(bodies(rec), ['clause:1:1. Agreed:', 'clause:a:(a) one;', 'clause:b:(b) two.']);
});

test('should index a paragraph, not its sentences', () => {
  const rec = record('d', [
    { kind: 'paragraph', label: 'p1', text: 'One. Two.', children: [{ kind: 'sentence', text: 'One.' }] },
  ]);
  assert.deepEqual(bodies(rec), ['paragraph:p1:One. Two.\nOne.']);
});

test('should fall back to the root for text outside any block', () => {
  const rec = record('d', [{ kind: 'sentence', text: 'Only a sentence.' }], {}, { prefix: '  ' });
  const [passage] = searchPassages(rec.document.text, flattenTree(rec.tree));
  assert.equal(passage.kind, 'root');
  assert.equal(passage.nodeIdx, 0);
  assert.equal(rec.document.text.slice(passage.start, passage.end), 'Only a sentence.');
});

test('should skip blank and punctuation-only gaps', () => {
  const rec = record(
    'd',
    [
      { kind: 'heading', text: 'Title' },
      { kind: 'paragraph', text: 'Body.' },
    ],
    {},
    { prefix: '— ' },
  );
  assert.deepEqual(bodies(rec), ['heading::Title', 'paragraph::Body.']);
});

test('should number nodes in pre-order with parents', () => {
  const rec = record('d', [
    { kind: 'clause', label: '1', text: '1.', children: [{ kind: 'clause', label: 'a', text: '(a)' }] },
    { kind: 'clause', label: '2', text: '2.' },
  ]);
  assert.deepEqual(
    flattenTree(rec.tree).map((f) => [f.idx, f.parentIdx, f.depth, f.node.label ?? f.node.kind]),
    [
      [0, null, 0, 'root'],
      [1, 0, 1, '1'],
      [2, 1, 2, 'a'],
      [3, 0, 1, '2'],
    ],
  );
});
