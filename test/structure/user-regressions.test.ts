/**
 * @module user-regressions.test
 * Regressions found by reading hand-written documents of other formats (test/fixtures/user):
 * nested decimal clauses, Cyrillic lettered items, Roman sections after a closing line,
 * bare "Article N" lines with their titles, titles printed over several lines, and short
 * sentences ending in a year.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTree } from '../../src/structure/build-tree.ts';
import { nodesOfKind, type TreeNode } from '../../src/model/node.ts';
import { isClosingLine } from '../../src/structure/closing-line.ts';
import { isTitleBlock } from '../../src/structure/heading-shape.ts';
import { structureLexicon } from '../../src/structure/structure-lexicon.ts';
import { assertTreeInvariants, outline } from './check-tree.ts';

function build(text: string): TreeNode {
  const tree = buildTree(text);
  assertTreeInvariants(text, tree);
  return tree;
}
const labels = (n: TreeNode) => n.children.filter((c) => c.kind === 'clause').map((c) => c.label);

describe('user-fixture regressions', () => {
  test('should nest "2.1." and "2.2." under clause 2 and return to clause level at 3', () => {
    const text =
      '1. The Parties met.\n\n2. The Parties condemn terrorism.\n\n2.1. They support the Programme.\n\n2.2 ' +
      'They will hold exercises in 2026.\n\n3. The Parties agree.';
    const tree = build(text);
    assert.deepEqual(labels(tree), ['1', '2', '3']);
    assert.deepEqual(labels(tree.children[1]), ['2.1', '2.2']);
    assert.equal(tree.children[1].children[1].notation, 'decimal-nested');
  });

  test('should not take "3.5 million" for a sub-clause when clause 3 is not the open one', () => {
    const text = '1. The Parties met.\n\n2. Trade grew.\n\n3.5 million tonnes were shipped in 2024.';
    const tree = build(text);
    assert.equal(nodesOfKind(tree, 'clause').length, 2);
  });

  test('should read Cyrillic lettered items а) б) в) as sub-items in Russian alphabet order', () => {
    const text =
      'Статья 3\nВ состав группы входят:\nа) представители министерств;\nб) эксперты;\nв) ' +
      'наблюдатели.\n\nСтатья 4\nСоглашение вступает в силу.';
    const tree = build(text);
    assert.deepEqual(labels(tree), ['3', '4']);
    assert.deepEqual(labels(tree.children[0]), ['а', 'б', 'в']);
  });

  test('should not accept Cyrillic items that start in the middle of the alphabet', () => {
    const text = '1. Стороны договорились:\n\nи) провести встречу;\n\nк) подписать план.';
    const tree = build(text);
    // "и)" cannot start a list; "к)" follows nothing: both stay text of clause 1.
    assert.deepEqual(labels(tree.children[0]), []);
  });

  test('should keep a Roman section at the top level after a paragraph closed the clauses', () => {
    const text =
      'I. Politics\n\n1. The Parties met.\n\n2. They will meet again in 2026.\n\nTashkent, 3 July 2025\n\nII. ' +
      'Economy\n\n3. Trade grew.';
    const tree = build(text);
    assert.deepEqual(labels(tree), ['I', 'II']);
    assert.deepEqual(labels(tree.children.find((c) => c.label === 'II')!), ['3']);
  });

  test('should keep a short sentence ending in a year inside its clause', () => {
    const text =
      '1. The Parties condemn terrorism.\n\nThey will hold joint exercises in 2026.\n\n2. The Parties agree.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['clause:1', 'clause:2']);
    assert.deepEqual(
      tree.children[0].children.map((c) => c.kind),
      ['sentence', 'paragraph'],
    );
  });

  test('should still close the clauses at a date line', () => {
    const lexicon = structureLexicon();
    for (const line of ['Tashkent, 3 July 2025', '4 July 2024.', 'Moscow, the 5th of May 2024'])
      assert.ok(isClosingLine(line, 0, line.length, 1, lexicon), line);
    const sentence = 'They will hold joint exercises in 2026.';
    assert.ok(!isClosingLine(sentence, 0, sentence.length, 1, lexicon));
  });

  test('should put the title line and text after a bare "Article N" inside that article', () => {
    const text =
      'Have agreed as follows:\n\nArticle 1\n\nPurpose\n\nThe purpose of this Treaty is ' +
      'friendship.\n\nArticle 2\n\nDefinitions\n\nTerms are defined here.\n\nDone at Seoul on 18 November 2025.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['preamble:preamble', 'clause:1', 'clause:2', 'paragraph:p8']);
    assert.deepEqual(
      tree.children[1].children.map((c) => c.kind),
      ['heading', 'paragraph'],
    );
  });

  test('should still let a heading after a clause with text start a new section', () => {
    const text = '1. The Parties met.\n\nEconomic Cooperation\n\nTrade grew.';
    assert.deepEqual(outline(build(text)), ['clause:1', 'heading:p2', 'paragraph:p3']);
  });

  test('should take a title printed over two lines for one title block', () => {
    const text =
      'СОГЛАШЕНИЕ\nо сотрудничестве в области водных ресурсов\n\nСтороны согласились о ' +
      'нижеследующем:\n\nСтатья 1\nСтороны сотрудничают.';
    const tree = build(text);
    assert.deepEqual(outline(tree), ['heading:title', 'preamble:preamble', 'clause:1']);
    assert.equal(tree.children[1].children[0].label, 'p1');
  });

  test('should not take a hard-wrapped paragraph for a title block', () => {
    assert.ok(
      isTitleBlock([
        'Joint Statement of the Third Ministerial Meeting',
        'between the Gulf Cooperation Council and Central Asia',
      ]),
    );
    assert.ok(
      !isTitleBlock([
        'The Ministers of Foreign Affairs met in Riyadh',
        'on 9 February 2025 and adopted this statement.',
      ]),
    );
    assert.ok(!isTitleBlock(['the ministers met in riyadh', 'on 9 February']));
  });
});

describe('marker variants seen in user documents', () => {
  test('should read Markdown-emphasised markers "**1.**" and a bold "**Article 5**" line', () => {
    const text = '**1.** The Parties agreed.\n\n**2.** The Parties met.';
    const tree = build(text);
    assert.deepEqual(labels(tree), ['1', '2']);
    assert.deepEqual(labels(build('**Article 3**\nThe Parties left.\n\n__Article 4__\nThey met.')), ['3', '4']);
    assert.equal(tree.children[0].marker?.text, '**1.**');
    assert.equal(
      text.slice(tree.children[0].children[0].start, tree.children[0].children[0].end),
      'The Parties agreed.',
    );
  });

  test('should not take an emphasised sentence that starts with a number for a marker', () => {
    assert.deepEqual(labels(build('**1. The Parties agreed.**\n\nText.')), []);
  });

  test('should read full-width numbers "１．" as decimal clauses', () => {
    const text = '声明\n\n１．各方同意加强合作。\n\n２．各方商定下次会晤。';
    assert.deepEqual(labels(build(text)), ['1', '2']);
  });

  test('should make a Markdown setext heading a title without its underline', () => {
    const text = 'Joint Statement\n===============\n\n1. The Parties agreed.';
    const tree = buildTree(text, { format: 'markdown' });
    assertTreeInvariants(text, tree);
    assert.deepEqual(outline(tree), ['heading:title', 'clause:1']);
    assert.equal(text.slice(tree.children[0].start, tree.children[0].end), 'Joint Statement');
  });
});
