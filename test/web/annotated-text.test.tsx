import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AnnotatedText, buildMarkTree } from '../../src/web/components/annotated-text.tsx';
import { markSnippet } from '../../src/services/search.ts';
import { snippetParts, Snippet } from '../../src/web/components/snippet.tsx';

const render = (node: unknown) => String(node);

describe('AnnotatedText', () => {
  test('should escape markup in the text', () => {
    const text = 'a <script>alert(1)</script> & <img src=x onerror=alert(1)>';
    const html = render(<AnnotatedText text={text} start={0} end={text.length} />);
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(1\)&gt;/);
  });

  test('should nest contained marks and split overlapping ones', () => {
    const text = 'The Republic of Kazakhstan agreed';
    const marks = [
      { start: 0, end: 26, className: 'st' },
      { start: 4, end: 26, className: 'ent', href: '/?entity=country:KZ', data: { entity: 'country:KZ' } },
    ];
    const html = render(<AnnotatedText text={text} start={0} end={text.length} marks={marks} />);
    assert.equal(
      html,
      '<span class="st">The <a href="/?entity=country:KZ" class="ent" data-entity="country:KZ">' +
        'Republic of Kazakhstan</a></span> agreed',
    );
    const overlap = buildMarkTree('abcdef', 0, 6, [
      { start: 0, end: 4, className: 'x' },
      { start: 2, end: 6, className: 'y' },
    ]);
    const html2 = render(
      <AnnotatedText
        text="abcdef"
        start={0}
        end={6}
        marks={[
          { start: 0, end: 4, className: 'x' },
          { start: 2, end: 6, className: 'y' },
        ]}
      />,
    );
    assert.equal(html2, '<span class="x">ab<span class="y">cd</span></span><span class="y">ef</span>');
    assert.equal(overlap.children.length, 2);
  });

  test('should clip marks to the range and ignore marks outside it', () => {
    const html = render(
      <AnnotatedText
        text="0123456789"
        start={3}
        end={7}
        marks={[
          { start: 0, end: 5, className: 'a' },
          { start: 8, end: 9, className: 'b' },
        ]}
      />,
    );
    assert.equal(html, '<span class="a">34</span>56');
  });

  test('should escape mark attributes and drop unsafe data keys', () => {
    const html = render(
      <AnnotatedText
        text="ab"
        start={0}
        end={2}
        marks={[{ start: 0, end: 1, className: 'x', title: '"><script>', data: { 'bad key"': 'v', ok: '"q' } }]}
      />,
    );
    assert.doesNotMatch(html, /"><script>|bad key/);
    assert.match(html, /data-ok="&quot;q"/);
  });
});

describe('Snippet', () => {
  test('should escape the snippet while marking matches', () => {
    const marked = markSnippet('x <b>\u0002glacier\u0003</b> \u0002<script>\u0003');
    const html = render(<Snippet text={marked.snippet} marks={marked.marks} />);
    assert.equal(html, 'x &lt;b&gt;<mark>glacier</mark>&lt;/b&gt; <mark>&lt;script&gt;</mark>');
    assert.equal(marked.snippetHtml, html, 'the service escapes as the page does');
  });

  test('should drop unbalanced markers and ranges that overlap', () => {
    const marked = markSnippet('a\u0003b\u0002c');
    assert.deepEqual(marked, { snippet: 'abc', marks: [{ start: 2, end: 3 }], snippetHtml: 'ab<mark>c</mark>' });
    assert.deepEqual(
      snippetParts('abcd', [
        { start: 1, end: 3 },
        { start: 2, end: 4 },
      ]),
      [
        { text: 'a', match: false },
        { text: 'bc', match: true },
        { text: 'd', match: false },
      ],
    );
  });
});
