import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTree } from '../../src/structure/build-tree.ts';
import { nodesOfKind, type TreeNode } from '../../src/model/node.ts';
import { assertTreeInvariants, outline, textsOf } from './check-tree.ts';

function build(text: string) {
  const tree = buildTree(text);
  assertTreeInvariants(text, tree);
  return tree;
}
const shape = (n: TreeNode): unknown =>
  n.kind === 'sentence' ? 's' : { [`${n.kind}:${n.label ?? ''}`]: n.children.map(shape) };

describe('clauses, preamble, bullets and continuations', () => {
  test('should put text before the first clause in one preamble and exclude markers from sentences', () => {
    const text =
      'The Parties met in Astana.\n\nThey adopted this text:\n\n1. The Parties agree. They act.\n\n2. The ' +
      'Parties meet.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['preamble:preamble', 'clause:1', 'clause:2']);
    assert.deepEqual(
      tree.children[0].children.map((c) => c.label),
      ['p1', 'p2'],
    );
    assert.deepEqual(textsOf(text, tree.children[1], 'sentence'), ['The Parties agree.', 'They act.']);
    assert.equal(text.slice(tree.children[1].start, tree.children[1].end), '1. The Parties agree. They act.');
  });
  test('should nest (a) items under clause 1 and return to clause level at 2', () => {
    const text = '1. The Parties will:\n\n(a) meet;\n\n(b) agree.\n\n2. The Parties left.';
    const tree = build(text);
    assert.deepEqual(shape(tree), {
      'root:': [{ 'clause:1': ['s', { 'clause:a': ['s'] }, { 'clause:b': ['s'] }] }, { 'clause:2': ['s'] }],
    });
  });
  test('should nest decimal clauses under Roman sections and keep their printed labels', () => {
    const text = 'I. Political Cooperation\n\n1. The Parties met.\n\n2. They agreed.\n\nII. Trade\n\n3. Trade grew.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['clause:I', 'clause:II']);
    assert.deepEqual(
      nodesOfKind(tree.children[1], 'clause').map((c) => c.label),
      ['II', '3'],
    );
  });
  test('should put bullets, without or with blank lines, inside the clause they follow', () => {
    const text = '1. The Parties welcome:\n— the Forum;\n— the Summit.\n\n• the Conference.\n\n2. Next.';
    const tree = build(text);
    const clause = tree.children[0];
    assert.deepEqual(
      clause.children.map((c) => c.kind),
      ['sentence', 'bullet', 'bullet', 'bullet'],
    );
    assert.deepEqual(textsOf(text, clause, 'bullet'), ['— the Forum;', '— the Summit.', '• the Conference.']);
    assert.equal(text.slice(clause.children[1].children[0].start, clause.children[1].children[0].end), 'the Forum;');
    assert.equal(clause.children[1].marker?.text, '—');
  });
  test('should make top-level bullets in a text without numbers, one paragraph per list (GUIDE)', () => {
    const text = 'The results:\n\n- trade grew\n- energy grew\n\n- prices fell';
    assert.deepEqual(outline(build(text)), ['paragraph:p1', 'bullet:p2', 'bullet:p2', 'bullet:p3']);
  });
  test('should read a decimal marker whose space a copy lost ("1.We")', () => {
    const text = 'Preamble\n1.We, the Leaders, met in Sandton.\n2.We reaffirm our commitment.\n3. We agree.';
    assert.deepEqual(
      outline(build(text)).filter((x) => x.startsWith('clause')),
      ['clause:1', 'clause:2', 'clause:3'],
    );
  });
  test('should not take a number and a capital inside prose for a marker', () => {
    const text = 'The leaders met.\n\nIn 2023 they agreed.';
    assert.deepEqual(outline(build(text)), ['paragraph:p1', 'paragraph:p2']);
  });
  test('should join an unnumbered paragraph after a clause to that clause', () => {
    const text = '1. The Parties agree.\n\nThe Parties also advocate peace.\n\n2. The Parties meet.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['clause:1', 'clause:2']);
    assert.deepEqual(
      tree.children[0].children.map((c) => c.kind),
      ['sentence', 'paragraph'],
    );
    assert.equal(
      text.slice(tree.children[0].start, tree.children[0].end),
      '1. The Parties agree.\n\nThe Parties also advocate peace.',
    );
  });
  test('should leave a signature block after the last clause outside it', () => {
    const text =
      '1. The Parties agree.\n\n2. The Parties meet.\n\nDone at Astana on 4 July 2024 in two copies, each in ' +
      'English and Russian.\n\nKassym-Jomart Tokayev\n\nXi Jinping';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['clause:1', 'clause:2', 'paragraph:p3', 'heading:p4', 'heading:p5']);
    assert.equal(text.slice(tree.children[1].start, tree.children[1].end), '2. The Parties meet.');
  });
  test('should leave a date line after the last clause outside it', () => {
    const text = '1. The Parties agree.\n\nAstana, 4 July 2024';
    const tree = build(text);
    assert.equal(tree.children.length, 2);
    assert.equal(tree.children[0].end, text.indexOf('\n'));
  });
  test('should close the open clause at a heading between clauses', () => {
    const text = '1. The Parties agree.\n\nEconomic Cooperation\n\n2. Trade grew.';
    assert.deepEqual(outline(build(text)), ['clause:1', 'heading:p2', 'clause:2']);
  });
  test('should make an Article heading a clause whose text follows in the next paragraph', () => {
    const text =
      'Agreed as follows:\n\nArticle 1\n\nThe Parties develop relations.\n\nArticle 2\n\nThe Parties consult.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['preamble:preamble', 'clause:1', 'clause:2']);
    assert.deepEqual(textsOf(text, tree.children[1], 'sentence'), ['The Parties develop relations.']);
  });
  test('should keep a text without clauses free of a preamble', () => {
    assert.deepEqual(outline(build('The leaders met.\n\nThey agreed.')), ['paragraph:p1', 'paragraph:p2']);
  });
  test('should start a clause at a Chinese enumeration marker run into a flattened paragraph', () => {
    const text =
      'The ministers met and stated as follows: 1、 Political cooperation All parties agreed. 2、Trade The ' +
      'parties traded.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['preamble:preamble', 'clause:1', 'clause:2']);
    assert.equal(text.slice(tree.children[0].start, tree.children[0].end), 'The ministers met and stated as follows:');
  });
  test('should not split at an enumeration comma that does not follow a sentence end', () => {
    assert.deepEqual(outline(build('各方同意1、2项。')), ['paragraph:p1']);
  });
});
