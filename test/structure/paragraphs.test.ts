import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTree } from '../../src/structure/build-tree.ts';
import { assertTreeInvariants, outline, textsOf } from './check-tree.ts';

function build(text: string, format?: 'markdown' | 'text') {
  const tree = buildTree(text, { format });
  assertTreeInvariants(text, tree);
  return tree;
}

describe('paragraphs and headings', () => {
  test('should split paragraphs at blank and white-space-only lines and number them', () => {
    const text = 'First paragraph here.\nStill the first.\n\nSecond one.\n \t\nThird one.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['paragraph:p1', 'paragraph:p2', 'paragraph:p3']);
    assert.equal(textsOf(text, tree, 'paragraph')[0], 'First paragraph here.\nStill the first.');
  });
  test('should make each line a paragraph when the text has no blank lines', () => {
    const text = 'The leaders met in Astana on Monday.\nThey signed a treaty.\nThey will meet again.';
    assert.deepEqual(outline(build(text)), ['paragraph:p1', 'paragraph:p2', 'paragraph:p3']);
  });
  test('should keep long unwrapped lines apart even in a text with blank lines', () => {
    const long =
      'The Ministry of Foreign Affairs criticised the statement adopted at the summit, saying that it ' +
      'contained an inaccurate assertion.';
    const text = `Title Of The Story\n\n${long}\n${long}`;
    assert.deepEqual(outline(build(text)), ['heading:title', 'paragraph:p1', 'paragraph:p2']);
  });
  test("should join a wrapped line that is long only because of a link's target, which wrapping never breaks", () => {
    const url = `https://example.org/news/${'a-long-path-segment-'.repeat(6)}`;
    const linked = `Union's [commitment](${url}) to`;
    const text = `Title Of The Story\n\nIn support of the\n${linked}\nstrengthen support.\n\nNext.`;
    assert.deepEqual(outline(build(text)), ['heading:title', 'paragraph:p1', 'paragraph:p2']);
    assert.match(textsOf(text, build(text), 'paragraph')[0], /\) to\nstrengthen support\.$/);
    // The same length of visible words is a whole paragraph, as before.
    const words = `Union's commitment ${'to health workers '.repeat(8)}to`;
    assert.deepEqual(outline(build(`Title Of The Story\n\n${words}\nstrengthen support.\n\nNext.`)), [
      'heading:title',
      'paragraph:p1',
      'paragraph:p2',
      'paragraph:p3',
    ]);
  });
  test('should take the title block (title, date line) at the top as headings outside the paragraph count', () => {
    const text =
      'Astana Declaration of the Council of Heads of State\n\nJuly 10, 2024\n\nThe leaders met.\n\nThey ' +
      'agreed on many things.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['heading:title', 'heading:title', 'paragraph:p1', 'paragraph:p2']);
  });
  test('should count a leading section name ("Preamble") as a heading, not take it for the title', () => {
    const text = '**Preamble**\n\nWe, the Leaders, gathered in Apulia.\n\nWe reiterate our belief.';
    assert.deepEqual(outline(build(text)), ['heading:p1', 'paragraph:p2', 'paragraph:p3']);
  });
  test('should take a short capitalised line in the body for a heading that counts as a paragraph', () => {
    const text = 'The leaders met.\n\nEconomic Cooperation\n\nTrade grew.';
    assert.deepEqual(outline(build(text)), ['paragraph:p1', 'heading:p2', 'paragraph:p3']);
  });
  test('should not take a short sentence or a lower-case line for a heading', () => {
    const text = 'The leaders met.\n\nThe meeting concluded the following:\n\nthe parties agreed\n\nTrade grew.';
    assert.deepEqual(outline(build(text)), ['paragraph:p1', 'paragraph:p2', 'paragraph:p3', 'paragraph:p4']);
  });
  test('should read Markdown headings and join soft-wrapped lines', () => {
    const text = '# Joint Statement\n\nThe Parties met in Astana\nand agreed to cooperate.\n\n## Trade\n\nTrade grew.';
    const tree = build(text, 'markdown');
    assert.deepEqual(outline(tree), ['heading:title', 'paragraph:p1', 'heading:p2', 'paragraph:p3']);
    assert.equal(textsOf(text, tree, 'sentence')[1], 'The Parties met in Astana\nand agreed to cooperate.');
    assert.equal(textsOf(text, tree, 'sentence')[0], 'Joint Statement', 'the heading sentence excludes the # marker');
  });
  test('should start a new block at a list item inside Markdown soft-wrapped text', () => {
    const text = 'The Parties:\n1\\. agreed to meet\nin 2026;\n2\\. welcomed the forum.';
    const tree = build(text, 'markdown');
    assert.deepEqual(outline(tree), ['preamble:preamble', 'clause:1', 'clause:2']);
    assert.equal(textsOf(text, tree, 'clause')[0], '1\\. agreed to meet\nin 2026;');
  });
  test('should keep CRLF line ends out of spans', () => {
    const text = 'First one.\r\n\r\nSecond one.\r\n';
    const tree = build(text);
    assert.deepEqual(textsOf(text, tree, 'paragraph'), ['First one.', 'Second one.']);
  });
  test('should give an empty or blank text an empty root', () => {
    assert.equal(build('').children.length, 0);
    assert.equal(build('  \n\n ').children.length, 0);
  });
});
