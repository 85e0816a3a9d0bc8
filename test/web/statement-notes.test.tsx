import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DocumentTree } from '../../src/web/components/document-tree.tsx';
import { buildTree } from '../../src/structure/build-tree.ts';

const text =
  'Joint Statement\n\n1. The Parties will hold the next meeting in 2026.\n\n' +
  'They also welcomed the <b>forum</b>.\n\n2. The Parties oppose interference.\n';
const note = (sentence: string, kind: 'commitment' | 'endorsement' | 'position', deadline: string | null = null) => {
  const start = text.indexOf(sentence);
  return {
    start,
    end: start + sentence.length,
    clause: '1',
    kind,
    actors: ['CN', 'KZ'],
    sectors: ['institutional' as const],
    deadline,
    references: [],
    confidence: 0.9,
    source: 'statements:test',
  };
};

describe('statement notes in the reader', () => {
  test('should list each clause statements beside it, continuations included, escaping nothing twice', () => {
    const notes = [
      note('The Parties will hold the next meeting in 2026.', 'commitment', '2026'),
      note('They also welcomed the <b>forum</b>.', 'endorsement'),
      note('The Parties oppose interference.', 'position'),
    ];
    const html = String(<DocumentTree text={text} tree={buildTree(text)} notes={notes} />);
    const lists = html.split('class="st-notes"').slice(1);
    assert.equal(lists.length, 2, 'one list per top-level clause');
    assert.match(lists[0], /st-commitment[\s\S]*by 2026[\s\S]*st-endorsement/);
    assert.match(lists[1], /st-position/);
    assert.doesNotMatch(html, /<b>forum/);
  });

  test('should render no notes column without statements', () => {
    const html = String(<DocumentTree text={text} tree={buildTree(text)} />);
    assert.doesNotMatch(html, /st-notes|with-notes/);
  });
});

describe('Markdown source syntax in the reader', () => {
  test('should show "1." for an escaped "1\\." marker and a heading without its "#"', () => {
    const md = '# Joint Statement\n\n1\\. The Parties will meet again.\n\n2\\. The Parties oppose interference.\n';
    const html = String(<DocumentTree text={md} tree={buildTree(md, { format: 'markdown' })} />);
    assert.match(html, />1\.<\/a>/);
    assert.doesNotMatch(html, /1\\\./);
    assert.match(html, /<h2[^>]*>(<span class="s">)?Joint Statement(<\/span>)?<\/h2>/);
  });
});
